// The analyser an editor keeps per document: after any edit it must give exactly what a fresh analysis gives.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, createAnalyser } from '../../../src/engine';
import { REPO_ROOT } from '../cli/runInProcess';

const SAMPLE = readFileSync(join(REPO_ROOT, 'examples', 'sample-article.news'), 'utf8');

/** A text for every document-level name rule: a capitals headline, a dateline, posts, a place after a date, natural
 *  places, organization nouns and suffixes, a result, a joined name, a repeated word, appositions, short forms. */
const RULES_ARTICLE = 'MERKEL AND ALPINE TOWNS PLEDGE WATER FUND\n'
  + 'GENEVA, March 12 (Reuters) - Angela Merkel met Jonas Berger, chief executive of Helvetia Hydro, on April 2 in Sion.\n\n'
  + 'The glaciers that feed the Rhone are melting, said the campaign group Clear Peaks and The Alpine Water Fund.\n'
  + 'Manchester United beat Chelsea 2-1 on Saturday. China-Russia talks resumed; China and Russia said so.\n'
  + "Merkel said the Danube was low. Anton Alikhanov, Russia's Industry and Trade Minister, said Putin Putin Putin agreed.\n"
  + "Rosneft and Lukoil, Moscow's two biggest oil companies, and CCTV quoted Moody's. Nord Stream 2 pipeline work stopped.\n"
  + 'Berger told broadcaster CCTV that Helvetia Hydro would pay. Alpine towns agreed.\n';

/** Pastes that switch those rules on and off: a courtesy title, a result's verb, a line break or a lone CR, a post, a
 *  date and "in", a lower-case copy of a headline word, an apposition. */
const RULE_PASTES = ['Mr. Smith ', ' beat ', ' lost 2-1 to ', 'MERKEL ', '\r', '\n', 'chief executive of ', 'on Monday in ',
  'alpine ', 'water ', 'Merkel ', ', a security company,', 'x', ' ', 'Mr'];

/** A seeded sequence of edits: insert or delete a few characters, or paste one of `pastes`, at pseudo-random places. */
function* edits(text: string, count: number,
  pastes = ['x', ' ', '.', '\n', 'Prime Minister Jonas Berger said 40% fell. ', 'Monday', '"Yes," she said.']): Generator<string> {
  let seed = 7;
  const next = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
  for (let i = 0; i < count; i++) {
    const at = next(text.length + 1);
    text = next(3) === 0 ? text.slice(0, at) + text.slice(at + 1 + next(20)) : text.slice(0, at) + pastes[next(pastes.length)] + text.slice(at);
    yield text;
  }
}

describe('incremental analysis', () => {
  it('gives exactly the fresh analysis after each of 60 edits, pastes and deletions included', () => {
    const analyser = createAnalyser();
    analyser(SAMPLE);
    for (const text of edits(SAMPLE, 60)) assert.deepEqual(analyser(text, { today: '2026-03-12' }), analyse(text, { today: '2026-03-12' }));
  });

  it('gives exactly the fresh analysis while edits switch the document-level name rules on and off', () => {
    const analyser = createAnalyser();
    analyser(RULES_ARTICLE);
    for (const text of edits(RULES_ARTICLE, 60, RULE_PASTES)) assert.deepEqual(analyser(text, { today: '2026-03-12' }), analyse(text, { today: '2026-03-12' }));
  });

  it('gives exactly the fresh analysis on a text that repeats lines, each read after and before other lines', () => {
    // One line object stands at every place a line is repeated: its kept answers must be those read at each place
    // (an initial before the next line, a figure after the line before), however the edits move them.
    const stories = ['Gazprom said Power of Siberia', 'The storm killed', 'Shares of Lukoil rose 3% on Monday in Moscow.', 'Prime Minister Jonas Berger said'];
    const text = stories.map((story, i) => `${story}\n2 more were hurt on Monday.\nBy Mary J.\n${i % 2 ? 'Smith' : 'and the desk'} reported.\n\nAdvertisement\n\n<?xml version="1.0" ?>\n`).join('');
    const analyser = createAnalyser();
    analyser(text);
    for (const edited of edits(text, 60, ['x', ' ', '\n', 'Advertisement\n', '2 more were hurt on Monday.\n', 'By Mary J.\n', 'Smith '])) {
      assert.deepEqual(analyser(edited, { today: '2026-03-12' }), analyse(edited, { today: '2026-03-12' }));
    }
  });

  it('gives exactly the fresh analysis while edits move figures, their units and what stands before them', () => {
    // The same words recur before and after different amounts: a figure's kept answer must be the one read there.
    const text = [
      'Officials counted 2 pipeline projects, and Gazprom said the Power of Siberia 2 pipeline projects cost $5, $6 and $7 billion.',
      'Sales rose between 20% and 25% to 1,200 units, or 9.9 billion yuan (about US$1.4 billion), in millions of dollars.',
      'The airline bought 737 jets for 40 million euros; it flew a Boeing 737 jets 300 miles, and 2 more were hurt.',
      'Prices (in millions) rose 3 percent. He sold 5 units to stores. Sony sold the PlayStation 5 units to stores.',
    ].join('\n\n');
    const analyser = createAnalyser();
    analyser(text);
    const pastes = ['5', '$', ' ', 'between ', '%', 'x', ' million', '1,200', ' and 6%', 'PlayStation ', '\n', '-', 'in millions '];
    for (const edited of edits(text, 80, pastes)) assert.deepEqual(analyser(edited, { today: '2026-03-12' }), analyse(edited, { today: '2026-03-12' }));
  });

  it('reads a line\'s figures again when only the line before it changes what they read ("PlayStation" before a number)', () => {
    // The figures of an unchanged line are kept, but they read the 30 characters before the line and the 4 after it:
    // "PlayStation" ending the line before makes the "5" opening this one a model number, "shop" makes it a figure.
    const text = 'Sony sold the PlayStation\n5 units went to stores on Monday, and 7 more later.\n\nPrices (in millions\nof dollars) rose.';
    const edited = [text.replace('PlayStation\n', 'shop\n'), text.replace('PlayStation\n', 'PlayStation 2\n'), text.replace('millions\nof', 'millions\nto')];
    assert.ok(analyse(edited[0]).mentions.some((m) => m.kind === 'figure' && m.text === '5'));
    assert.ok(!analyse(text).mentions.some((m) => m.kind === 'figure' && m.text === '5'));
    for (const [from, to] of edited.flatMap((other) => [[text, other], [other, text]])) {
      const analyser = createAnalyser();
      analyser(from, { today: '2026-03-12' });
      assert.deepEqual(analyser(to, { today: '2026-03-12' }), analyse(to, { today: '2026-03-12' }));
    }
  });

  it('checks again a line\'s kept tagging brought back by an undo, and a tagging taken from a line that went away, against the capitals of now', () => {
    // "Ab." is read before "X." and then before "Ask Sytenko.": going back to a kept reading of it, or taking its
    // sentence's tagging for a new line, must not bring back cues read when "Sytenko" was not yet written mid-sentence.
    for (const steps of [
      ['Sytenko will visit Baghdad.\nAb.\nX.', 'Sytenko will visit Baghdad.\nab.\nAsk Sytenko.', 'Sytenko will visit Baghdad.\nAb.\nAsk Sytenko.'],
      ['Sytenko will visit Baghdad.\nAb.\nX.', 'Sytenko will visit Baghdad.\nab.\nAsk Sytenko.', 'Sytenko will visit Baghdad.\nBb.\nAsk Sytenko about Paris.'],
    ]) {
      const analyser = createAnalyser();
      for (const text of steps) assert.deepEqual(analyser(text, { today: '2026-03-12' }), analyse(text, { today: '2026-03-12' }));
    }
  });

  it('parses a sentence again when what follows it changes what the date grammar reads (a month before a capital)', () => {
    const analyser = createAnalyser();
    for (const text of ['NO PORTION MAY\ncompany BE USED', 'NO PORTION MAY\nCompany BE USED', 'NO PORTION MAY\ncompany BE USED']) {
      assert.deepEqual(analyser(text, { today: '2026-03-12' }), analyse(text, { today: '2026-03-12' }));
    }
  });

  it('groups again when an edit changes only what grouping reads between mentions: an acronym\'s bracket, a sentence end', () => {
    const text = 'The Organization of the Petroleum Exporting Countries (OPEC) met. OPEC said 3 rigs shut. 3 more may.';
    const analyser = createAnalyser();
    const options = { today: '2026-03-12' };
    const first = analyser(text, options);
    // An edit that moves every mention but changes none of them reads the last run's grouping, in entities of its own.
    const moved = `Now: ${text}`;
    const again = analyser(moved, options);
    assert.deepEqual(again, analyse(moved, options));
    assert.ok(again.entities.every((entity) => !first.entities.includes(entity)), 'two analyses share an entity object');
    // A space between the name and its acronym's bracket parts them; a full stop gone puts both numbers in one sentence.
    for (const edited of [moved.replace('Countries (OPEC)', 'Countries  (OPEC)'), moved.replace('shut. 3', 'shut; 3')]) {
      analyser(moved, options);
      assert.deepEqual(analyser(edited, options), analyse(edited, options), edited);
    }
  });

  it('follows a change of article date, which changes every relative date', () => {
    const analyser = createAnalyser();
    const text = 'Ministers met on Friday.';
    assert.equal(analyser(text, { articleDate: '2025-11-03' }).mentions.find((m) => m.kind === 'date')?.value, '2025-10-31');
    assert.equal(analyser(text, { articleDate: '2025-11-10' }).mentions.find((m) => m.kind === 'date')?.value, '2025-11-07');
  });
});
