// `npx tsx scripts/eval/checks.ts`: the draft checks (issue 12) on the dev splits of CoNLL and OntoNotes. Prints the
// findings per 1,000 words of each rule on the articles as published (false alarms, mostly: the articles are edited
// news), and the recall of the three rules the issue sets targets for, each on the same articles with one planted
// mistake each:
// - name-variant: a letter dropped, two swapped or one doubled in the surname at the last mention of a person the gold
//   labels name at least twice (surname of five letters or more, read from the gold, not from the engine: a slip the
//   engine must catch is in a real person's name, whatever the tagger makes of it);
// - weekday-date: a sentence giving a date ten days before the article's with a wrong weekday, after a random line;
// - unattributed-quote: a paragraph of quotation with no speaker (a quotation of eight words or more from another
//   article of the split) after a random line.
// Texts are rebuilt from the corpus tokens, one sentence per line; nothing is written. `--errors` prints the misses.
// `npm run eval -- --checks` runs the same measurement and adds its figures to the eval's JSON line.
import { analyse, type Analysis } from '../../src/engine';
import { checkDraft, loadLanguageTools, type CheckFinding, type CheckRule, type LanguageTools } from '../../src/engine/checks';
import { readCorpus, type LabelledDocument } from '../train/corpus';

const TODAY = { today: '2026-12-01' };
/** Prints the misses and the clean findings as they come (the script's own `--errors`). */
let SHOW_ERRORS = false;

/** A document's text, its tokens joined as the eval's rebuild roughly joins them. */
const textOf = (doc: LabelledDocument): string =>
  doc.map((s) => s.words.join(' ').replace(/ ([,.;:)%])/g, '$1').replace(/\( /g, '(').replace(/ 's\b/g, "'s")
    .replace(/(^|\s)" (.+?) "(?=\s|$)/g, '$1"$2"')).join('\n');

let seed = 17;
const random = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };

/** The word with one typing slip: a letter dropped, two swapped, or one doubled (never the first letter). */
function misspelt(word: string): string {
  const i = 1 + random(word.length - 2);
  const slip = random(3);
  if (slip === 0) return word.slice(0, i) + word.slice(i + 1);
  if (slip === 1) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  return word.slice(0, i) + word[i] + word.slice(i);
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The text with `insert` as a line of its own after a random line (never before the first), and where it starts. */
function withLine(text: string, insert: string): { text: string; at: number } {
  const breaks = [...text.matchAll(/\n/g)].map((m) => m.index);
  const at = breaks.length === 0 ? text.length : breaks[random(breaks.length)];
  return { text: `${text.slice(0, at)}\n${insert}${text.slice(at)}`, at: at + 1 };
}

/** Where a gold person's surname is written at its last mention, for one person of the document named at least twice by
 *  the gold labels (surname of five letters or more): its offset in the rebuilt text. One sentence per line. */
function goldSurnameSlot(doc: LabelledDocument, text: string): { at: number; word: string } | undefined {
  const mentions: { sentence: number; token: number; surname: string }[] = [];
  doc.forEach((s, i) => {
    for (let t = 0; t < s.labels.length; t++) {
      if (s.labels[t] !== 'B-PER') continue;
      let end = t + 1;
      while (end < s.labels.length && s.labels[end] === 'I-PER') end++;
      mentions.push({ sentence: i, token: end - 1, surname: s.words[end - 1] });
    }
  });
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.surname, (counts.get(m.surname) ?? 0) + 1);
  const person = mentions.find((m) => (counts.get(m.surname) ?? 0) >= 2 && m.surname.length >= 5 && /^\p{Lu}\p{Ll}+$/u.test(m.surname));
  if (!person) return undefined;
  const last = mentions.filter((m) => m.surname === person.surname).pop()!;
  const lines = text.split('\n');
  const lineStart = lines.slice(0, last.sentence).reduce((n, line) => n + line.length + 1, 0);
  const nth = doc[last.sentence].words.slice(0, last.token).filter((w) => w === last.surname).length;
  const occurrences = [...lines[last.sentence].matchAll(new RegExp(`(?<![\\p{L}])${last.surname}(?![\\p{L}])`, 'gu'))];
  const found = occurrences[nth];
  return found ? { at: lineStart + found.index, word: last.surname } : undefined;
}

const findingsOf = (text: string, analysis: Analysis, language: LanguageTools): CheckFinding[] => checkDraft(text, analysis, language).findings;

/** Planted slips and how many the rule caught. */
class Recall {
  planted = 0;
  caught = 0;
  constructor(readonly rule: CheckRule) {}
  score(text: string, from: number, to: number, language: LanguageTools): void {
    this.planted++;
    const found = findingsOf(text, analyse(text, TODAY), language).some((f) => f.rule === this.rule && f.start < to && f.end > from);
    if (found) this.caught++;
    else if (SHOW_ERRORS) console.log(`  missed ${this.rule}: ${JSON.stringify(text.slice(Math.max(0, from - 120), to + 80))}`);
  }
  toString(): string { return `${this.rule} ${(this.caught / this.planted).toFixed(3)} (${this.caught} of ${this.planted})`; }
}

/** One corpus's figures: findings per 1,000 words by rule on the articles as published, and recall by rule. */
export interface ChecksFigures {
  words: number;
  perThousandWords: Record<string, number>;
  recall: Record<string, number>;
}

/** Measures the checks on both dev splits, printing lines through `say`; returns the figures by corpus. */
export async function checksReport(say: (line: string) => void = console.log): Promise<Record<string, ChecksFigures>> {
  const figures: Record<string, ChecksFigures> = {};
  const language = await loadLanguageTools();
  for (const corpus of ['conll', 'ontonotes'] as const) {
    const docs = [...readCorpus(corpus, 'dev')];
    const texts = docs.map(textOf);
    const quotations = texts.flatMap((t) => [...t.matchAll(/"([^"\n]{30,300})"/g)].map((m) => m[1])).filter((q) => q.split(' ').length >= 8 && /[.,!?]$/.test(q));
    let words = 0;
    const perRule = new Map<string, number>();
    const recalls = { name: new Recall('name-variant'), weekday: new Recall('weekday-date'), quote: new Recall('unattributed-quote') };
    docs.forEach((doc, d) => {
      const text = texts[d];
      words += doc.reduce((n, s) => n + s.words.length, 0);
      const analysis = analyse(text, TODAY);
      for (const finding of findingsOf(text, analysis, language)) {
        perRule.set(finding.rule, (perRule.get(finding.rule) ?? 0) + 1);
        if (SHOW_ERRORS && finding.rule !== 'name-variant') console.log(`  clean ${finding.rule}: ${JSON.stringify(text.slice(Math.max(0, finding.start - 80), finding.end + 60))}`);
      }
      const slot = goldSurnameSlot(doc, text);
      if (slot) {
        const wrong = misspelt(slot.word);
        const { at, word } = slot;
        if (wrong !== word) recalls.name.score(text.slice(0, at) + wrong + text.slice(at + word.length), at, at + wrong.length, language);
      }
      const day = new Date(`${analysis.articleDate.value}T12:00:00Z`);
      day.setUTCDate(day.getUTCDate() - 10);
      const wrongDay = WEEKDAYS[(day.getUTCDay() + 1 + random(6)) % 7];
      const sentence = `The talks resumed on ${wrongDay}, ${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, officials said.`;
      const weekday = withLine(text, sentence);
      const weekdayAt = weekday.at + sentence.indexOf(wrongDay);
      recalls.weekday.score(weekday.text, weekdayAt, weekdayAt + wrongDay.length, language);
      const quotation = quotations[random(quotations.length)];
      if (quotation && !text.includes(quotation)) {
        // Quoted with its speaker elsewhere, a quotation may end in a comma ("…," she said): standing alone it ends a sentence.
        const quoted = withLine(text, `"${quotation.replace(/,$/, '.')}"`);
        recalls.quote.score(quoted.text, quoted.at + 1, quoted.at + 1 + quotation.length, language);
      }
    });
    const perThousand = (n: number): string => ((n / words) * 1000).toFixed(2);
    const total = [...perRule.values()].reduce((a, b) => a + b, 0);
    const rates = [...perRule].map(([rule, n]) => `${rule} ${perThousand(n)} (${n})`).join(', ') || 'none';
    say(`${corpus} dev, ${words} words as published, findings per 1,000 words: all ${perThousand(total)}; ${rates}`);
    say(`${corpus} dev, recall on planted mistakes: ${Object.values(recalls).join('; ')}`);
    figures[corpus] = {
      words,
      perThousandWords: Object.fromEntries([['all', total], ...perRule].map(([rule, n]) => [rule, Number(perThousand(n as number))])),
      recall: Object.fromEntries(Object.values(recalls).map((r) => [r.rule, Number((r.caught / r.planted).toFixed(3))])),
    };
  }
  return figures;
}

// Run as a script (not imported by `npm run eval`): print the lines.
if (process.argv[1]?.endsWith('checks.ts')) {
  SHOW_ERRORS = process.argv.includes('--errors');
  void checksReport();
}
