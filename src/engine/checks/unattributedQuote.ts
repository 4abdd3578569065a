// `unattributed-quote`: a direct quotation of a sentence or more that no one is said to have spoken. A quotation is
// attributed when the analysis linked a speaker to it, or when its own paragraph, outside the quotation marks, holds an
// attribution ("said", "told reporters", "according to", "in a statement", an introducing colon). Across paragraphs
// only what news uses to carry a speaker over counts: the paragraph before ends with a colon ("She said:") or leaves a
// quotation open (AP runs one speaker's quotation over paragraphs without closing it). A closed quotation paragraph
// after another speaker's does not carry the speaker on: with both closed, the reader cannot tell. A short quoted term
// ("no limits") is not speech, nor is a quotation in a headline.
import { startingWithin } from '../text/spanSearch';
import type { Mention } from '../types';
import type { DraftText } from './draftText';
import type { CheckFinding } from './finding';

/** Words that say who spoke or wrote, outside the quotation marks. */
const ATTRIBUTION = new RegExp(String.raw`\b(?:say|says|said|saying|tell|tells|told|telling|add|adds|added|ask|asks|asked|` +
  String.raw`speak|speaks|spoke|speaking|spoken|reply|replies|replied|respond|responds|responded|explain|explains|explained|recall|recalls|recalled|` +
  String.raw`continue|continues|continued|write|writes|wrote|written|tweet|tweets|tweeted|post|posts|posted|declare|declares|declared|` +
  String.raw`insist|insists|insisted|argue|argues|argued|warn|warns|warned|note|notes|noted|state|states|stated|` +
  String.raw`announce|announces|announced|acknowledge|acknowledges|acknowledged|admit|admits|admitted|concede|concedes|conceded|` +
  String.raw`claim|claims|claimed|vow|vows|vowed|pledge|pledges|pledged|promise|promises|promised|stress|stresses|stressed|` +
  String.raw`proclaim|proclaims|proclaimed|joke|jokes|joked|shout|shouts|shouted|chant|chants|chanted|testify|testifies|testified|quote|quotes|quoted|` +
  String.raw`read|reads|sing|sings|sang|cry|cries|cried|mutter|mutters|muttered|whisper|whispers|whispered|remark|remarks|remarked|` +
  String.raw`describe|describes|described|call|calls|called|urge|urges|urged|comment|comments|commented|agree|agrees|agreed|` +
  String.raw`according to|statement|interview|letter|speech|message|told|spokesman|spokeswoman|spokesperson)\b`, 'i');

/** A quotation shorter than this many words is a term or a phrase, not a sentence of speech. */
const MIN_SPEECH_WORDS = 6;

/** True when a quotation reads as a sentence or more: enough words, and a sentence's end or a comma before its mark. */
function readsAsSpeech(text: string, quote: Mention): boolean {
  const words = quote.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length < MIN_SPEECH_WORDS) return false;
  // A quotation opening in lower case after words of the writer's is woven into the writer's sentence ("expressed his
  // wish “that the road will be opened”"): part of a sentence whose subject is its source, not a sentence of speech.
  if (/^\p{Ll}/u.test(quote.text) && /[\p{L}\p{N},][ \t]*["“‘]?[ \t]*$/u.test(text.slice(Math.max(0, quote.start - 4), quote.start))) return false;
  return /[.!?,;:…]["”’]?$/.test(text.slice(quote.end - 1, quote.end + 2).trimEnd()) || /[.!?,]$/.test(quote.text);
}

/** The paragraph's text with every quotation blanked out, so only the words around them are read. */
function outsideQuotes(draft: DraftText, paragraph: number): string {
  const { start, end } = draft.paragraphs[paragraph];
  let text = draft.text.slice(start, end);
  for (const quote of draft.quotesIn(paragraph)) {
    const [from, to] = [Math.max(quote.start, start) - start, Math.min(quote.end, end) - start];
    text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  }
  return text;
}

/** Quotation marks left open at a paragraph's end: it runs on into the next. */
function leavesQuotationOpen(paragraph: string): boolean {
  const opens = (paragraph.match(/“/g) ?? []).length;
  const closes = (paragraph.match(/”/g) ?? []).length;
  return opens > closes || (paragraph.match(/"/g) ?? []).length % 2 === 1;
}

/** Findings for every quotation of speech no one is said to have spoken. */
export function unattributedQuoteFindings(draft: DraftText): CheckFinding[] {
  const { text, paragraphs } = draft;
  const attributedParagraph = new Map<number, boolean>();
  const isAttributedParagraph = (i: number): boolean => {
    let answer = attributedParagraph.get(i);
    if (answer === undefined) {
      const around = outsideQuotes(draft, i);
      answer = ATTRIBUTION.test(around) || /:\s*$/.test(around.trimEnd()) || /:\s*["“‘]/.test(text.slice(paragraphs[i].start, paragraphs[i].end));
      attributedParagraph.set(i, answer);
    }
    return answer;
  };
  const people = draft.analysis.mentions.filter((m) => m.kind === 'person' && !draft.isQuoted(m.start));
  // "Jobs left this farewell, “I have…”": a quotation a comma brings in after a clause naming a person is theirs.
  const introducedAfterName = (quote: Mention, paragraph: number): boolean =>
    /,[ \t]*["“‘][ \t]*$/.test(text.slice(Math.max(0, quote.start - 4), quote.start))
    && startingWithin(people, { start: paragraphs[paragraph].start, end: quote.start }).length > 0;
  const findings: CheckFinding[] = [];
  for (const quote of draft.quotes) {
    const i = draft.paragraphAt(quote.start);
    if (i < 0) continue;
    if (quote.speaker || isAttributedParagraph(i) || introducedAfterName(quote, i)) continue;
    if (!readsAsSpeech(text, quote) || !draft.isProse(quote.start)) continue;
    const previous = i > 0 ? text.slice(paragraphs[i - 1].start, paragraphs[i - 1].end) : '';
    if (/:\s*$/.test(previous) || leavesQuotationOpen(previous)) continue;
    findings.push({
      rule: 'unattributed-quote', start: quote.start, end: quote.end, text: quote.text, severity: 'information',
      message: 'No one is said to have spoken this quotation: its paragraph names no speaker.',
    });
  }
  return findings;
}
