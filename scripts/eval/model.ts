// The shapes every reader produces and every scorer consumes, so corpora plug into one pipeline.
import type { Mention } from '../../src/engine/index';

/** A token's place in the rebuilt text: [start, end) UTF-16 offsets. */
export interface TokenOffsets {
  start: number;
  end: number;
}

/** A gold annotation: character span, label, and (for token corpora) the token range it covers. */
export interface GoldSpan {
  /** The scoring label (e.g. "person", "money", "date"), already mapped from the corpus tag. */
  label: string;
  start: number;
  end: number;
  /** Token range [firstToken, lastToken + 1) for token corpora. */
  firstToken?: number;
  endToken?: number;
  /** TIMEX3 value of a gold date. */
  value?: string;
  /** Original corpus tag, for error reports. */
  tag: string;
}

/** One document ready for the engine: the exact text sent, its date, its tokens (if any) and its gold spans. */
export interface EvalDocument {
  id: string;
  text: string;
  /** The document's date "YYYY-MM-DD" (TimeML DCT), sent as the `date` field. */
  date?: string;
  /** Token offsets for token corpora; absent for character-level corpora (TimeML). */
  tokens?: TokenOffsets[];
  gold: GoldSpan[];
}

/** A corpus' dev split, as loaded. */
export interface EvalCorpus {
  name: string;
  documents: EvalDocument[];
  /** Surface forms of the entities (any type) of the corpus's training split, for the seen/unseen split of names. */
  trainingForms?: ReadonlySet<string>;
  /** Which file those forms come from, for the table title ("eng.train"). */
  trainingSplit?: string;
}

/** Tokens of a document: corpus tokens, or whitespace-separated words where there are none (TimeML). */
export function tokenCount(document: EvalDocument): number {
  return document.tokens?.length ?? document.text.match(/\S+/g)?.length ?? 0;
}

/** The engine's mentions for each document id. */
export type Predictions = Map<string, Mention[]>;
