// The per-line work an incremental analyser keeps: it must answer exactly as the whole-text functions do.
import assert from 'node:assert/strict';
import { applyOrganizationCues } from '../../../src/engine/names/contextKinds';
import type { NameMention } from '../../../src/engine/names/nameMention';
import { personShortForms } from '../../../src/engine/names/shortForms';
import { tagText, type TaggerMemo } from '../../../src/engine/tagger';
import { documentText, type DocumentText, type LineText } from '../../../src/engine/text/lines';
import { RunMemo } from '../../../src/engine/text/runMemo';
import { splitSentences } from '../../../src/engine/text/sentences';
import { tokenize } from '../../../src/engine/text/tokens';

const ARTICLE = 'GENEVA, March 3 (Reuters) - Alpine Water Fund chief Jonas Berger said on Monday.\r\n\r\n'
  + 'Shares fell 4%. The U.S. embassy said nothing.\nReporting by J.\nSmith; editing by Ana Ruiz\n';

/** What a DocumentText answers, as plain data: its lines (texts, sentences, words, lower-case word Sets), its sentences,
 *  and writesInLowerCase for every word of the text in lower case. departedLines is left out: only a memo has any. */
function answersOf(document: DocumentText) {
  const words = new Set(document.lines.flatMap(({ line }) => line.words.all().flat().map((word) => word.text.toLowerCase())));
  return {
    lines: document.lines,
    sentences: document.sentences,
    writesInLowerCase: [...words].sort().map((word) => [word, document.writesInLowerCase(word)]),
  };
}

describe('documentText', () => {
  it('finds the same sentences and words as splitting the whole text, across CRLF, blank lines and a final break', () => {
    const document = documentText(ARTICLE);
    const sentences = splitSentences(ARTICLE);
    assert.deepEqual(document.sentences, sentences);
    const placedWords = document.lines.flatMap(({ start, line }) => line.words.all().map((words) => words.map((word) => ({ ...word, start: word.start + start, end: word.end + start }))));
    assert.deepEqual(placedWords, sentences.map((sentence) => tokenize(ARTICLE, sentence)));
  });

  it('knows which words the text writes in lower case, as whole words only', () => {
    const document = documentText('WATER rights\nThe water board met. Underwater cables.');
    assert.equal(document.writesInLowerCase('water'), true);
    assert.equal(document.writesInLowerCase('cables'), true);
    assert.equal(document.writesInLowerCase('underwater'), false);
    assert.equal(document.writesInLowerCase('board'), true);
  });

  it('gives an edited text the same answer with its memo as without', () => {
    const memo = new RunMemo<LineText>();
    documentText(ARTICLE, memo);
    memo.endRun();
    const edited = ARTICLE.replace('Shares fell', 'Shares in Geneva fell');
    // Compared deeply, Sets included (JSON.stringify writes a Set as {}, so a wrong set of lower-case words would pass).
    assert.deepStrictEqual(answersOf(documentText(edited, memo)), answersOf(documentText(edited)));
  });
});

describe('documentText through a sequence of edits', () => {
  it('splits each version as a fresh split does, and keeps the lines before and after an edit without reading them again', () => {
    // Edits at and next to line breaks: a line break typed or deleted, CRLF made a lone CR and back, a blank line
    // added, the first and last characters changed, everything deleted.
    const versions = [ARTICLE, ARTICLE.replace('4%. ', '4%.\n'), ARTICLE.replace('\r\n\r\n', '\r\r\n'), ARTICLE.replace('J.\n', 'J. '),
      `x${ARTICLE}`, ARTICLE.slice(0, -1), `${ARTICLE}\r`, ARTICLE.replace('\nSmith', '\n\nSmith'), '', 'One line.', ARTICLE];
    const memo = new RunMemo<LineText>();
    let last: DocumentText | undefined;
    for (const version of versions) {
      const document = documentText(version, memo);
      memo.endRun();
      assert.deepStrictEqual(answersOf(document), answersOf(documentText(version)));
      // A line written as before keeps its object (the per-line answers of every later step are kept with it).
      const before = new Map((last?.lines ?? []).map(({ line }) => [line.text, line]));
      for (const { line } of document.lines) if (before.has(line.text)) assert.equal(line, before.get(line.text));
      last = document;
    }
  });

  it('knows the lower-case words of each version, lines written twice and lines going and coming back included', () => {
    const memo = new RunMemo<LineText>();
    const twice = 'Water rises.\nThe water board met.\nThe water board met.\n';
    const steps = [twice, twice.replace('The water board met.\n', ''), twice.replace(/The water board met\./g, 'The Water Board met.'),
      'Water rises.\n', twice, `${twice}Boards of water.`, ''];
    for (const text of steps) {
      assert.deepStrictEqual(answersOf(documentText(text, memo)), answersOf(documentText(text)), JSON.stringify(text));
      memo.endRun();
    }
  });
});

describe('tagText with a memo of lines', () => {
  it('tags an edited text exactly as a fresh tagging does, when the line after an initial changes', () => {
    const lines = new RunMemo<LineText>();
    const memo: TaggerMemo = new WeakMap();
    const steps = [ARTICLE, ARTICLE.replace('J.\nSmith', 'J.\nsmith'), ARTICLE.replace('Alpine', 'Helvetic'), ARTICLE];
    for (const text of steps) {
      assert.deepEqual(tagText(text, documentText(text, lines), memo), tagText(text));
      lines.endRun();
    }
  });
});

describe('RunMemo', () => {
  it('keeps what the last run used, offers the old versions of what changed, and drops the rest', () => {
    const memo = new RunMemo<string>();
    let computed = 0;
    const get = (key: string) => memo.get(key, () => { computed++; return key.toUpperCase(); });
    get('a'); get('b');
    memo.endRun();
    assert.equal(get('a'), 'A');
    assert.equal(computed, 2, 'a kept answer is not computed again');
    assert.deepEqual(memo.unusedFromLastRun(), ['B']);
    memo.endRun();
    get('b');
    assert.equal(computed, 3, 'an answer the last run did not use was dropped');
  });
});

describe('name rules that keep evidence per line', () => {
  const text = 'Rosneft agreed with Berger and Lukoil, the biggest oil companies.\nJonas Berger spoke.\nBerger left.';
  /** The names of `text` by their words, all places (the cues make organizations of places, never of persons). */
  const named = (...words: string[]): NameMention[] => words.map((word) => {
    const start = word === 'Jonas Berger' ? text.indexOf(word) : text.indexOf(word, word === 'Berger' ? text.lastIndexOf('\n') : 0);
    return { kind: word.includes(' ') ? 'person' : 'place', start, end: start + word.length };
  });

  it('read the cues of a line and its sentences for the names they have now, not those they were first read with', () => {
    // Lines an analyser keeps (split with a memo): only those keep their answers.
    const kept = documentText(text, new RunMemo());
    const first = named('Rosneft', 'Lukoil');
    applyOrganizationCues(text, first, kept.lines);
    // The same line objects, now with "Berger" named between them: the names before the apposition change.
    const onKept = [...named('Rosneft', 'Lukoil'), { kind: 'place' as const, start: text.indexOf('Berger'), end: text.indexOf('Berger') + 6 }];
    const fresh = onKept.map((name) => ({ ...name }));
    applyOrganizationCues(text, onKept, kept.lines);
    applyOrganizationCues(text, fresh, documentText(text).lines);
    assert.deepEqual(onKept, fresh);
    assert.deepEqual(onKept.map((name) => name.kind), ['place', 'organization', 'organization']);
  });

  it('find short forms from the persons named now, and none once a courtesy title appears', () => {
    const kept = documentText(text);
    assert.deepEqual(personShortForms(text, named('Jonas Berger'), kept.lines).map((name) => text.slice(name.start, name.end)), ['Berger', 'Berger']);
    assert.deepEqual(personShortForms(text, [], kept.lines), []);
    const styled = text.replace('Berger left.', 'Mr. Berger left.');
    assert.deepEqual(personShortForms(styled, named('Jonas Berger'), documentText(styled).lines), []);
  });
});
