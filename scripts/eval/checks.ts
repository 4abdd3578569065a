// `npx tsx scripts/eval/checks.ts`: the draft checks (issue 12) on the dev splits of CoNLL and OntoNotes. Prints the
// findings per 1,000 words of each rule on the articles as published (false alarms, mostly: the articles are edited
// news), and the recall of the three rules the issue sets targets for, each on the same articles with one planted
// mistake each:
// - name-variant: a letter dropped, two swapped or one doubled in the last mention of a person named at least twice
//   (surname of five letters or more);
// - weekday-date: a sentence giving a date ten days before the article's with a wrong weekday, after a random line;
// - unattributed-quote: a paragraph of quotation with no speaker (a quotation of eight words or more from another
//   article of the split) after a random line.
// Texts are rebuilt from the corpus tokens, one sentence per line; nothing is written. `--errors` prints the misses.
import { analyse, type Analysis } from '../../src/engine';
import { checkDraft, loadLanguageTools, type CheckFinding, type CheckRule, type LanguageTools } from '../../src/engine/checks';
import { readCorpus, type LabelledDocument } from '../train/corpus';

const TODAY = { today: '2026-12-01' };
const SHOW_ERRORS = process.argv.includes('--errors');

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

async function main(): Promise<void> {
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
      const person = analysis.entities.find((e) => e.kind === 'person' && e.mentions.length >= 2 && e.name.split(' ').pop()!.length >= 5);
      const mention = person && analysis.mentions[person.mentions[person.mentions.length - 1]];
      const word = mention?.text.split(' ').pop()!.replace(/'s$/, '');
      if (mention && word && /^\p{Lu}\p{Ll}+$/u.test(word)) {
        const wrong = misspelt(word);
        const at = mention.start + mention.text.lastIndexOf(word);
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
    console.log(`${corpus} dev, ${words} words as published, findings per 1,000 words: all ${perThousand(total)}; ${rates}`);
    console.log(`${corpus} dev, recall on planted mistakes: ${Object.values(recalls).join('; ')}`);
  }
}

void main();
