// What the tagger's sentence window misses but the article shows: a headline's "MOUNTAIN" is the body's "mountain",
// not a place; "the campaign group Clear Peaks" is an organization; "The Alpine Water Fund" is one by its last word.
import type { DocumentText } from '../text/lines';
import { isCapitalised, type Token } from '../text/tokens';
import { ORG_SUFFIXES } from './lexicon';
import { overlapTester } from '../text/spanSearch';
import type { NameMention } from './nameMention';

/** Nouns that name what follows them as an organization ("broadcaster CCTV", "campaign group Clear Peaks"). */
const ORG_NOUNS_BEFORE = new Set(['agency', 'broadcaster', 'newspaper', 'daily', 'tabloid', 'magazine', 'company', 'group',
  'bank', 'lender', 'carrier', 'insurer', 'miner', 'party', 'ministry', 'regulator', 'automaker', 'retailer', 'conglomerate']);

/** Drops a one-word name written in capitals or opening its sentence whose word the article also writes in lower case. */
export function dropCommonWords(text: string, names: NameMention[], document: DocumentText): NameMention[] {
  const starts = new Set(document.sentences.map((s) => s.start));
  return names.filter((name) => {
    const written = text.slice(name.start, name.end);
    if (written.length < 4 || /\s/.test(written)) return true;
    const shouting = written === written.toUpperCase();
    if (!(shouting || starts.has(name.start) || /(?:^|\n)\s*$/.test(text.slice(Math.max(0, name.start - 3), name.start)))) return true;
    return !document.writesInLowerCase(written.toLowerCase());
  });
}

/** Makes an organization of a name right after an organization noun. */
export function applyNounBefore(text: string, names: NameMention[]): void {
  for (const name of names) {
    const before = /(\p{Ll}+)[ \t]+$/u.exec(text.slice(Math.max(0, name.start - 20), name.start));
    if (before && ORG_NOUNS_BEFORE.has(before[1])) name.kind = 'organization';
  }
}

/** Organizations for runs of capitalised words ending in an organization word ("Alpine Water Fund") the tagger passed over;
 *  not leagues, which the corpora count as competitions. */
export function organizationsBySuffix(text: string, names: NameMention[], tokens: Token[][]): NameMention[] {
  const found: NameMention[] = [];
  const isNamed = overlapTester(names);
  for (const sentence of tokens) {
    if (!sentence.some((token) => ORG_SUFFIXES.has(token.text))) continue;
    let run: Token[] = [];
    const close = () => {
      while (run.length > 0 && run[0].text === 'The') run.shift();
      const last = run[run.length - 1];
      if (run.length >= 2 && ORG_SUFFIXES.has(last.text) && last.text !== 'League') {
        const span = { kind: 'organization' as const, start: run[0].start, end: last.end };
        if (!isNamed(span)) found.push(span);
      }
      run = [];
    };
    for (const token of sentence) {
      const joins = run.length > 0 && /^[ \t]+$/.test(text.slice(run[run.length - 1].end, token.start));
      if (run.length > 0 && !joins) close();
      if (isCapitalised(token.text) && !/['’]s$/.test(token.text)) run.push(token);
      else close();
    }
    close();
  }
  return found;
}
