import assert from 'node:assert/strict';
import { rebuildText } from '../../../scripts/eval/rebuild';
import { splitColumnFile, tokenDocument } from '../../../scripts/eval/readers/tokenDocument';
import { conllLabel, ontonotesLabel } from '../../../scripts/eval/labels';

describe('eval: rebuilding text from corpus tokens', () => {
  it('puts no space before , . ; : ) \'s n\'t and none after ( $', () => {
    const { text } = rebuildText([['Ankara', "'s", 'aid', '(', 'about', '$', '5', 'million', ')', 'did', "n't", 'come', ';', 'why', ':', 'none', ',', 'yet', '.']]);
    assert.equal(text, "Ankara's aid (about $5 million) didn't come; why: none, yet.");
  });

  it('writes one sentence a line and keeps every token at its offsets', () => {
    const sentences = [['LONDON', '1996-08-30'], ['West', 'Indian', 'Phil', 'Simmons', "'S", 'four', '.']];
    const { text, offsets } = rebuildText(sentences);
    assert.equal(text, "LONDON 1996-08-30\nWest Indian Phil Simmons'S four.");
    sentences.forEach((tokens, s) => tokens.forEach((token, t) => assert.equal(text.slice(offsets[s][t].start, offsets[s][t].end), token)));
  });

  it('reads CoNLL-2003 (IOB1) into gold names with character spans; MISC is not scored', () => {
    const file = '-DOCSTART- -X- -X- O\n\nWest NNP I-NP I-MISC\nIndian NNP I-NP I-MISC\nPhil NNP I-NP I-PER\nSimmons NNP I-NP I-PER\nof IN I-PP O\nLeicestershire NNP I-NP I-ORG\n\nIn IN I-PP O\nEngland NNP I-NP I-LOC\nWales NNP I-NP B-LOC\n';
    const [doc] = splitColumnFile(file);
    const sentences = doc.sentences.map((rows) => ({ tokens: rows.map((r) => r[0]), tags: rows.map((r) => r[3]) }));
    const document = tokenDocument('d', sentences, conllLabel);
    assert.deepEqual(document.gold.map((g) => [document.text.slice(g.start, g.end), g.label, g.firstToken, g.endToken]), [
      ['Phil Simmons', 'person', 2, 4], ['Leicestershire', 'organization', 5, 6], ['England', 'place', 7, 8], ['Wales', 'place', 8, 9],
    ]);
  });

  it('reads OntoNotes (IOB2) documents by their ids, GPE as a place and CARDINAL as a number', () => {
    const file = '-DOCSTART- nw/a@0\nThe O\nCypriot B-NORP\nTurkey B-GPE\n3 B-CARDINAL\n\n-DOCSTART- nw/b@0\nTwo B-CARDINAL\n';
    const docs = splitColumnFile(file);
    assert.deepEqual(docs.map((d) => d.header), ['nw/a@0', 'nw/b@0']);
    const document = tokenDocument('a', docs[0].sentences.map((rows) => ({ tokens: rows.map((r) => r[0]), tags: rows.map((r) => r[1]) })), ontonotesLabel);
    assert.deepEqual(document.gold.map((g) => [document.text.slice(g.start, g.end), g.label]), [['Turkey', 'place'], ['3', 'number']]);
  });
});
