// Draft checks: a weekday that disagrees with its date, and percent written two ways, each with a fix that is right.
import * as assert from 'node:assert/strict';
import { analyse, createAnalyser } from '../../../src/engine';
import { checkDraft, loadLanguageTools, type CheckFinding, type CheckFix, type CheckSettings, type LanguageTools } from '../../../src/engine/checks';

const ARTICLE_DATE = '2025-11-03';
let language: LanguageTools;
before(async () => { language = await loadLanguageTools(); });
const findingsOf = (text: string, options = { articleDate: ARTICLE_DATE } as Parameters<typeof analyse>[1], settings: CheckSettings = {}): CheckFinding[] =>
  checkDraft(text, analyse(text, options), language, settings).findings;
/** The text after a fix's edits. */
const applied = (text: string, fix: CheckFix): string =>
  [...fix.edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
/** The text as each finding's first fix leaves it. */
const fixed = (text: string, findings: readonly CheckFinding[]): string[] => findings.map((f) => applied(text, f.fixes![0]));

describe('draft checks: weekday-date', () => {
  it('flags a weekday that disagrees with the date after it, and fixes it to the right one', () => {
    const text = 'The vote is on Wednesday, March 4, the council said.';
    const [finding, ...rest] = findingsOf(text);
    assert.equal(rest.length, 0);
    assert.deepEqual({ rule: finding.rule, text: finding.text, message: finding.message },
      { rule: 'weekday-date', text: 'Wednesday', message: '4 March 2025 is a Tuesday, not a Wednesday.' });
    assert.equal(text.slice(finding.start, finding.end), finding.text);
    assert.deepEqual(fixed(text, [finding]), ['The vote is on Tuesday, March 4, the council said.']);
    assert.deepEqual(finding.related?.map((r) => text.slice(r.start, r.end)), ['Wednesday, March 4']);
  });

  it('knows a weekday by its capital initial alone: no capital but S, M, T, W and F lowers to a weekday\'s first letter', () => {
    // leadingWeekday and the search before a date skip every text without one of those five (most dates).
    const others: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const letter = String.fromCodePoint(code);
      if (/^\p{Lu}/u.test(letter) && 'smtwf'.includes(letter.toLowerCase()[0]) && !'SMTWF'.includes(letter)) others.push(letter);
    }
    assert.deepEqual(others, []);
    assert.deepEqual(findingsOf('The vote is on Wednesday, March 4.').map((f) => f.text), ['Wednesday']);
    assert.deepEqual(findingsOf('The vote is on WEDNESDAY, March 4.').map((f) => f.text), ['WEDNESDAY']);
  });

  it('leaves weekdays that agree alone, whether the date writes its year or not', () => {
    assert.deepEqual(findingsOf('The vote is on Tuesday, March 4. The talks ended on Wednesday, Oct. 29, 2025.'), []);
    assert.deepEqual(findingsOf('They met on Monday (Nov. 3) in Geneva.'), []);
  });

  it("reads the year a date writes, a date in brackets, and keeps the draft's abbreviation", () => {
    assert.deepEqual(fixed('It closed on Thursday, Oct. 29, 2025.', findingsOf('It closed on Thursday, Oct. 29, 2025.')), ['It closed on Wednesday, Oct. 29, 2025.']);
    assert.deepEqual(fixed('They met on Tuesday (Nov. 3).', findingsOf('They met on Tuesday (Nov. 3).')), ['They met on Monday (Nov. 3).']);
    assert.deepEqual(fixed('It opens Thurs., Dec. 5.', findingsOf('It opens Thurs., Dec. 5.')), ['It opens Fri., Dec. 5.']);
  });

  it('reads a date without a year in the year the article date gives, even when only today stands in for it', () => {
    // 30 December is a Tuesday in 2025 and a Wednesday in 2026.
    const text = 'The ferry resumes on Wednesday, Dec. 30.';
    assert.deepEqual(findingsOf(text, { today: '2026-11-03' }), []);
    assert.deepEqual(findingsOf(text, { today: '2025-11-03' }).map((f) => f.message), ['30 December 2025 is a Tuesday, not a Wednesday.']);
  });

  it('reads no weekday into a lower-case verb or a name', () => {
    assert.deepEqual(findingsOf('The panel sat, March 4, to hear the case. Friday Harbor, March 4, was quiet.'), []);
  });
});

describe('draft checks: percent-style', () => {
  it('flags the forms the draft uses less, with a fix to the form it uses most', () => {
    const text = 'Prices rose 5% in May, 3% in June and 2 percent in July; wages fell 1 per cent.';
    const findings = findingsOf(text).filter((f) => f.rule === 'percent-style');
    assert.deepEqual(findings.map((f) => f.text), [' percent', ' per cent']);
    assert.deepEqual(fixed(text, findings), ['Prices rose 5% in May, 3% in June and 2% in July; wages fell 1 per cent.',
      'Prices rose 5% in May, 3% in June and 2 percent in July; wages fell 1%.']);
  });

  it('says nothing when the draft keeps to one form, or when two forms tie', () => {
    assert.deepEqual(findingsOf('Prices rose 5 percent in May and 3 percent in June.'), []);
    assert.deepEqual(findingsOf('Prices rose 5% in May and 3 percent in June.'), []);
  });

  it('can be switched off', () => {
    const text = 'Prices rose 5% in May, 3% in June and 2 percent in July.';
    assert.deepEqual(findingsOf(text, { articleDate: ARTICLE_DATE }, { rules: { 'percent-style': false } }), []);
  });
});

describe('draft checks: name-variant', () => {
  const variants = (text: string): CheckFinding[] => findingsOf(text).filter((f) => f.rule === 'name-variant');

  it('flags a later spelling of a person one letter or a transliteration away, with a fix to the first reference', () => {
    const text = 'Prime Minister Mikhail Mishustin met Anton Alikhanov in Moscow. Mishustin said the talks went well. '
      + 'Later, Mishustine told reporters that Alikanov agreed.';
    const findings = variants(text);
    assert.deepEqual(findings.map((f) => f.text), ['Mishustine', 'Alikanov']);
    assert.deepEqual(fixed(text, findings), [
      'Prime Minister Mikhail Mishustin met Anton Alikhanov in Moscow. Mishustin said the talks went well. Later, Mishustin told reporters that Alikanov agreed.',
      'Prime Minister Mikhail Mishustin met Anton Alikhanov in Moscow. Mishustin said the talks went well. Later, Mishustine told reporters that Alikhanov agreed.']);
    assert.deepEqual(findings[0].related?.map((r) => text.slice(r.start, r.end)), ['Mikhail Mishustin']);
  });

  it('flags a first name spelt two ways, and a surname the tagger did not read as a name', () => {
    assert.deepEqual(variants('Jon Smyth scored twice. Later John Smyth, the captain, said the team was tired.').map((f) => f.text), ['John']);
    assert.deepEqual(variants('Bill Gates spoke at length on Tuesday. Gtes said the foundation would pay.').map((f) => f.text), ['Gtes']);
  });

  it('leaves alone a slip of a surname that is a word of a longer name, first in it or inside it', () => {
    // The names a slipped word may stand in are searched back from the word: a name starting at the word is one.
    assert.deepEqual(variants('Bill Gates spoke at length on Tuesday. Gtes Foundation staff said it would pay.'), []);
    assert.deepEqual(variants('Bill Gates spoke at length on Tuesday. Later the Bill and Melinda Gtes Foundation said it would pay.'), []);
    assert.deepEqual(variants('Bill Gates spoke at length on Tuesday. Gtes said it would pay.').map((f) => f.text), ['Gtes']);
  });

  it('reads the surnames again when a keystroke changes them, in paragraphs it did not touch', () => {
    // Each paragraph's slips of a surname are remembered while the draft's surnames stay the same: a new surname must
    // be looked for in the unchanged paragraphs too, and a surname gone must take its slips with it.
    const analyser = createAnalyser();
    const typed = (text: string): string[] =>
      checkDraft(text, analyser(text, { articleDate: ARTICLE_DATE }), language).findings.filter((f) => f.rule === 'name-variant').map((f) => f.text);
    const later = '\n\nGtes said the foundation would pay for the new school.';
    assert.deepEqual(typed(`Bill Smith spoke at length on Tuesday.${later}`), []);
    assert.deepEqual(typed(`Bill Gates spoke at length on Tuesday.${later}`), ['Gtes']);
    assert.deepEqual(typed(`Bill Smith spoke at length on Tuesday.${later}`), []);
  });

  it('compares the names again when a keystroke respells one, and forgets the variant when it is put right', () => {
    const analyser = createAnalyser();
    const typed = (text: string): string[] =>
      checkDraft(text, analyser(text, { articleDate: ARTICLE_DATE }), language).findings.filter((f) => f.rule === 'name-variant').map((f) => f.text);
    const story = (later: string): string => `Anton Alikhanov spoke first at the hearing.\n\nThen Anton ${later} answered questions.`;
    assert.deepEqual(typed(story('Alikhanov')), []);
    assert.deepEqual(typed(story('Alikanov')), ['Alikanov']);
    assert.deepEqual(typed(story('Alikhanov')), []);
  });

  it('leaves alone a surname one letter from another person\'s when the draft names its own person in full ("Gates" … "Maria Gatez")', () => {
    const text = 'Bill Gates spoke at length on Tuesday. His aide, Maria Gatez, said the foundation would pay. Gatez added that it would.';
    assert.ok(analyse(text, { articleDate: ARTICLE_DATE }).mentions.some((m) => m.kind === 'person' && m.text === 'Maria Gatez'));
    assert.deepEqual(variants(text).map((f) => f.text).filter((t) => t === 'Gatez'), []);
    assert.deepEqual(variants('Bill Gates spoke at length on Tuesday. Gatez said the foundation would pay.').map((f) => f.text), ['Gatez']);
  });

  it('offers to change every mention of the later spelling at once', () => {
    const text = 'Anton Alikhanov spoke first. Then Anton Alikanov answered questions, and Anton Alikanov left.';
    const [finding] = variants(text);
    assert.equal(finding.fixes?.length, 2);
    assert.equal(applied(text, finding.fixes![1]), 'Anton Alikhanov spoke first. Then Anton Alikhanov answered questions, and Anton Alikhanov left.');
  });

  it('leaves alone what the draft shows are two names: both in full in one sentence, each used twice, plurals, acronyms', () => {
    assert.deepEqual(variants('Maria Garcia and her brother Mario Garcia founded the firm.'), []);
    assert.deepEqual(variants('Tom Wood met Tiger Woods. Wood said Woods was fine, and Woods thanked Wood.'), []);
    assert.deepEqual(variants('Campbell Soup said the Campbell Soups of the world would pay.'), []);
    assert.deepEqual(variants('The YMCA and the YWCA both raised money for the shelter.'), []);
  });
});
