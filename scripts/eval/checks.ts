// `npx tsx scripts/eval/checks.ts`: the draft checks (issue 12) on the dev splits of CoNLL and OntoNotes. Prints the
// findings per 1,000 words of each rule on the articles as published (false alarms, mostly: the articles are edited
// news), and the recall of `name-variant` on the same articles with one planted misspelling each (a letter dropped,
// two swapped or one doubled in the last mention of a person named at least twice, surname of five letters or more).
// Texts are rebuilt from the corpus tokens; nothing is written.
import { analyse } from '../../src/engine';
import { checkDraft } from '../../src/engine/checks';
import { readCorpus, type LabelledDocument } from '../train/corpus';

const TODAY = { today: '2026-12-01' };

/** A document's text, its tokens joined as the eval's rebuild roughly joins them. */
const textOf = (doc: LabelledDocument): string =>
  doc.map((s) => s.words.join(' ').replace(/ ([,.;:)%])/g, '$1').replace(/\( /g, '(').replace(/ 's\b/g, "'s")).join('\n');

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

for (const corpus of ['conll', 'ontonotes'] as const) {
  let words = 0, planted = 0, caught = 0;
  const perRule = new Map<string, number>();
  for (const doc of readCorpus(corpus, 'dev')) {
    const text = textOf(doc);
    words += doc.reduce((n, s) => n + s.words.length, 0);
    const analysis = analyse(text, TODAY);
    for (const finding of checkDraft(text, analysis)) perRule.set(finding.rule, (perRule.get(finding.rule) ?? 0) + 1);
    const person = analysis.entities.find((e) => e.kind === 'person' && e.mentions.length >= 2 && e.name.split(' ').pop()!.length >= 5);
    if (!person) continue;
    const mention = analysis.mentions[person.mentions[person.mentions.length - 1]];
    const word = mention.text.split(' ').pop()!.replace(/'s$/, '');
    if (!/^\p{Lu}\p{Ll}+$/u.test(word)) continue;
    const wrong = misspelt(word);
    if (wrong === word) continue;
    const at = mention.start + mention.text.lastIndexOf(word);
    const changed = text.slice(0, at) + wrong + text.slice(at + word.length);
    planted++;
    if (checkDraft(changed, analyse(changed, TODAY)).some((f) => f.rule === 'name-variant' && f.start <= at && f.end >= at + wrong.length - 1)) caught++;
  }
  const rates = [...perRule].map(([rule, n]) => `${rule} ${n} (${((n / words) * 1000).toFixed(2)} per 1,000 words)`).join(', ') || 'none';
  console.log(`${corpus} dev, ${words} words as published: ${rates}`);
  console.log(`${corpus} dev, name-variant recall on ${planted} planted misspellings: ${(caught / planted).toFixed(3)}`);
}
