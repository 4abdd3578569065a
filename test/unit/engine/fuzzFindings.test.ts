// Inputs a fuzzer found the engine mishandling (issue 13), each as the user would see it: what is highlighted, and as what.
import * as assert from 'node:assert/strict';
import { analyse, type Analysis } from '../../../src/engine';
import { addDays, weekdayOf } from '../../../src/engine/dates/calendar';
import { MAX_NAME_WORDS, withinNameLimits } from '../../../src/engine/names/nameLimits';
import { assertContract } from './helpers/contract';

const ARTICLE_DATE = '2025-11-03';

/** The dates of a text as [written, value] pairs. */
function datesOf(text: string, articleDate = ARTICLE_DATE): [string, unknown][] {
  return analyse(text, { articleDate }).mentions.filter((m) => m.kind === 'date').map((m) => [m.text, m.value]);
}

/** The names (people, organizations, places) of a text as [kind, written] pairs. */
function namesOf(text: string): [string, string][] {
  return analyse(text, { articleDate: ARTICLE_DATE }).mentions
    .filter((m) => m.kind === 'person' || m.kind === 'organization' || m.kind === 'place').map((m) => [m.kind, m.text]);
}

/** The number of words of a written name. */
const wordCount = (written: string): number => written.split(/\s+/).length;

describe('fuzz findings: names', () => {
  it('highlights each "Putin" of "Putin Putin Putin" on its own, not as one person', () => {
    const names = namesOf('Putin Putin Putin said on Monday that talks would go on.');
    assert.deepEqual(names.map(([, written]) => written), ['Putin', 'Putin', 'Putin']);
    assert.equal(new Set(names.map(([kind]) => kind)).size, 1, 'one name, one kind');
  });

  it('makes no 30,000-character name of a line of one word written 5,000 times', () => {
    const names = namesOf('Putin '.repeat(5_000));
    assert.ok(names.every(([, written]) => written === 'Putin'), JSON.stringify(names.find(([, written]) => written !== 'Putin'))?.slice(0, 80));
  });

  it('makes no name of more than a dozen words of a long run of capitalised words', () => {
    const names = namesOf('Putin Xi '.repeat(2_000));
    assert.ok(names.every(([, written]) => wordCount(written) <= MAX_NAME_WORDS), `${Math.max(...names.map(([, w]) => wordCount(w)))} words`);
  });

  it('keeps doubled real names whole', () => {
    assert.deepEqual(namesOf('Sirhan Sirhan was convicted in 1969, Boutros Boutros-Ghali said.'),
      [['person', 'Sirhan Sirhan'], ['person', 'Boutros Boutros-Ghali']]);
  });

  it('keeps the longest names of the training data, and long organizations, whole', () => {
    const long = ['Organisation for Economic Co-operation and Development', 'Rally for the Return of Refugees and Democracy in Rwanda',
      'El Pueblo de Nuestra Senora La Reina de Los Angeles', 'Zsa Zsa Gabor', 'Circus Circus Enterprises Inc.'];
    for (const written of long) {
      assert.deepEqual(withinNameLimits(written, [{ kind: 'organization', start: 0, end: written.length }]), [{ kind: 'organization', start: 0, end: written.length }]);
    }
    assert.deepEqual(namesOf('The Organisation for Economic Cooperation and Development (OECD) said growth would slow.'),
      [['organization', 'Organisation for Economic Cooperation and Development'], ['organization', 'OECD']]);
  });
});

describe('fuzz findings: dates', () => {
  it('does not read day 00 as a date', () => {
    assert.deepEqual(datesOf('Talks began on 00 Feb. and ended on 3 Feb. in Geneva.'), [['3 Feb.', '2025-02-03']]);
    assert.deepEqual(datesOf('The file was stamped Feb 00 by the clerk.'), []);
  });

  it('resolves relative dates in an article dated in the years 1–99 in that year, not in the 1900s', () => {
    // The Gregorian calendar repeats every 400 years, weekdays included: year 50 has the weekdays of year 2050.
    const inYear50 = datesOf('He said yesterday that the vote was held on Friday.', '0050-03-03');
    const inYear2050 = datesOf('He said yesterday that the vote was held on Friday.', '2050-03-03');
    assert.deepEqual(inYear50, inYear2050.map(([text, value]) => [text, String(value).replace(/^2050/, '0050')]));
    assert.deepEqual(inYear50[0], ['yesterday', '0050-03-02']);
  });

  it('writes the year of a season or quarter resolved in the years 1–99 with four digits ("0049-SU", not "49-SU")', () => {
    const text = 'Sales fell last summer and in the third quarter.';
    const inYear50 = datesOf(text, '0050-03-03');
    assert.deepEqual(inYear50, datesOf(text, '2050-03-03').map(([written, value]) => [written, String(value).replace(/^20/, '00')]));
    assert.ok(inYear50.length === 2 && inYear50.every(([, value]) => /^0049-/.test(String(value))), JSON.stringify(inYear50));
  });

  it('gives counts and shifts too large for a calendar value a TIMEX3 value still, not "P1e+30Y", "-975" or "NaN"', () => {
    assert.deepEqual(datesOf('The treaty runs for 999999999999999999999999999999 years.'), [['999999999999999999999999999999 years', 'PXY']]);
    assert.deepEqual(datesOf('The city was founded 3,000 years ago.'), [['3,000 years ago', 'PAST_REF']]);
    assert.deepEqual(datesOf('They met on Monday; 99999999999 years later they left.'), [['Monday', '2025-11-03'], ['99999999999 years later', 'FUTURE_REF']]);
  });

  it('counts days across the turn of the years 99 and 100, and knows their weekdays', () => {
    assert.deepEqual(addDays({ year: 99, month: 12, day: 31 }, 1), { year: 100, month: 1, day: 1 });
    assert.equal(weekdayOf({ year: 50, month: 3, day: 3 }), weekdayOf({ year: 2050, month: 3, day: 3 }));
  });
});

describe('fuzz findings: line breaks', () => {
  const LINES = ['BERLIN (Reuters) -', 'Chancellor Angela', 'Merkel said on', 'Monday that Berlin', 'would pay 3 billion', 'euros.'];

  it('ends a line at a lone CR as the editor does, so no highlight spans two editor lines', () => {
    const text = ['Angela', 'Merkel visited', 'Berlin on Monday.', ...LINES].join('\r');
    const analysis = analyse(text, { articleDate: ARTICLE_DATE });
    assertContract(text, analysis);
    assert.ok(analysis.mentions.length > 0);
    for (const m of analysis.mentions) assert.doesNotMatch(m.text, /[\r\n]/, `${m.kind} "${m.text}" spans a line break`);
  });

  it('keeps the line breaks inside a run of marks it blanks, so no highlight joins the lines around it', () => {
    for (const lineBreak of ['\n', '\r\n', '\r']) {
      const text = `Officials met Merkel . . .${lineBreak}. . . Berlin said.\nTalks ended (Reuters) - "${lineBreak}${lineBreak}. — "Unclosed talks went on.`;
      const analysis = analyse(text, { articleDate: ARTICLE_DATE });
      assertContract(text, analysis);
      for (const m of analysis.mentions) assert.doesNotMatch(m.text, /[\r\n]/, `${m.kind} ${JSON.stringify(m.text)} spans a line break`);
    }
  });

  it('finds the same facts at the same offsets whether lines end in LF or a lone CR', () => {
    const spans = (text: string) => analyse(text, { articleDate: ARTICLE_DATE }).mentions.map((m) => [m.kind, m.start, m.end]);
    assert.deepEqual(spans(LINES.join('\r')), spans(LINES.join('\n')));
  });
});

describe('fuzz findings: the maxChars limit', () => {
  const SENTENCE = 'Angela Merkel visited Berlin on Monday, officials said. ';

  it('never highlights a name cut by the limit ("Angela M" of a 5 MB article)', () => {
    const huge = SENTENCE.repeat(Math.ceil(5_000_000 / SENTENCE.length));
    // 20,000 characters end 8 characters into a sentence, as 1,000,000 do: inside "Merkel".
    const analysis = analyse(huge, { articleDate: ARTICLE_DATE, maxChars: 20_000 });
    assertContract(huge, analysis);
    const persons = new Set(analysis.mentions.filter((m) => m.kind === 'person').map((m) => m.text));
    assert.deepEqual([...persons], ['Angela Merkel']);
    assert.ok(analysis.analysedChars <= 20_000 && analysis.analysedChars > 20_000 - SENTENCE.length);
    assert.match(analysis.warnings.join('\n'), new RegExp(`first ${analysis.analysedChars} of ${huge.length} characters`));
  });

  it('wherever the limit falls, cuts no word and shows the facts of every finished sentence as the whole text has them', () => {
    const text = `${SENTENCE}Prices rose 12.5% to €3,400 on 2025-11-03 in Paris, officials said.\nChancellor Friedrich Merz visited Warsaw.`;
    const isWordCharacter = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
    const facts = (analysis: Analysis, end: number) =>
      analysis.mentions.filter((m) => m.end <= end).map((m) => `${m.kind} ${m.text} ${m.value ?? ''}`);
    const whole = analyse(text, { articleDate: ARTICLE_DATE });
    for (let maxChars = 1; maxChars < text.length; maxChars++) {
      const analysis = analyse(text, { articleDate: ARTICLE_DATE, maxChars });
      const cut = analysis.analysedChars;
      assert.ok(cut <= maxChars && !(isWordCharacter(text[cut - 1]) && isWordCharacter(text[cut])), `cut at ${cut} (limit ${maxChars})`);
      for (const m of analysis.mentions) {
        assert.ok(!(isWordCharacter(text[m.end - 1]) && isWordCharacter(text[m.end])), `${m.kind} "${m.text}" is part of a word`);
      }
      const finished = Math.max(0, ...[...text.slice(0, cut).matchAll(/[.!?](?=\s)|\n/g)].map((end) => end.index + 1));
      assert.deepEqual(facts(analysis, finished), facts(whole, finished), `limit ${maxChars}`);
    }
  });
});
