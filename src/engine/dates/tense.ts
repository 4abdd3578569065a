// Whether a date sits in a past or a future clause, so "said on Friday" looks back and "will meet on Tuesday" ahead.
import type { TextSpan } from '../types';

/** The tense that decides which way an underspecified date ("Friday", "September") is resolved. */
export type Tense = 'past' | 'future';

const FUTURE_CUE = /\b(?:will|won[’']t|would|shall|should|may|might|going to|expected to|set to|scheduled|plans? to|planned|planning to|intends? to|to be held|upcoming|next(?!\s+to\b)|starts|begins|opens|resumes|kicks off|takes place|convenes|due\b(?!\s+to\s+(?!be\b)))|[’']ll\b/gi;
const PAST_CUE = /\b(?:said|says|told|was|were|had|has|have|did|took|made|met|went|came|gave|saw|brought|bought|sold|rose|fell|won|lost|began|became|held|left|led|paid|kept|found|got|ran|thought|spent|sent|struck|fought|built|chose|drew|drove|grew|knew|wrote|spoke|broke|stood|flew|threw|ago|last|earlier|since|[a-z]{3,}ed)\b/g;
const NOT_PAST = /^(?:need|speed|feed|seed|breed|proceed|exceed|succeed|indeed|scheduled|planned|expected|proposed|united)$/i;

/** Words right before a date that look ahead to it ("until Friday", "by February", "as soon as Tuesday", "until 9 a.m.
 *  Tuesday"). */
const FORWARD_BEFORE = /\b(?:until|till|through|by|effective|as soon as|as early as|due(?:\s+(?:back|out))?\s+(?:in|on|by))\s+(?:(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.m\.|[ap]m)(?:\s+[A-Z]{2,4})?|noon|midnight),?\s+)?$/i;

/** "had filed by Wednesday", "until Thursday they had not": a past perfect keeps a deadline in the past. */
const PAST_PERFECT = /\bhad(?:\s+not|n[’']t)?\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ne|t)\b/i;

/** Word-level cues with their positions in the sentence. */
function cues(sentenceText: string): Array<{ at: number; tense: Tense }> {
  const found: Array<{ at: number; tense: Tense }> = [];
  for (const match of sentenceText.matchAll(FUTURE_CUE)) {
    if (match[0] !== 'May') found.push({ at: match.index, tense: 'future' }); // the month, not the modal
  }
  for (const match of sentenceText.matchAll(PAST_CUE)) {
    // "will be held", "could be sold": a participle after "be" is no past tense.
    if (!NOT_PAST.test(match[0]) && !/\b(?:be|being)\s+$/i.test(sentenceText.slice(Math.max(0, match.index - 7), match.index))) found.push({ at: match.index, tense: 'past' });
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * Reads the tense around a date at `[start, end)` of the sentence: the nearest cue before it, else the nearest
 * after it, else past (news reports mostly what happened). Cues are collected once per sentence.
 */
export function tenseReader(text: string, sentence: TextSpan): (start: number, end: number) => Tense {
  const found = cues(text.slice(sentence.start, sentence.end)).map((cue) => ({ at: cue.at + sentence.start, tense: cue.tense }));
  return (start, end) => {
    const near = text.slice(Math.max(sentence.start, start - 48), Math.min(sentence.end, end + 32));
    if (FORWARD_BEFORE.test(text.slice(Math.max(sentence.start, start - 32), start)) && !PAST_PERFECT.test(near)) return 'future';
    let before: Tense | undefined;
    for (const cue of found) {
      if (cue.at < start) before = cue.tense;
      else if (cue.at >= end) return before ?? cue.tense;
    }
    return before ?? 'past';
  };
}
