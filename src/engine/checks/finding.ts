// What a draft check reports: the shape `newslens check --jsonl` will print and the editor will turn into diagnostics
// and quick fixes. Offsets are UTF-16, end exclusive, into the analysed text; `text === input.slice(start, end)`.

/** The stable ids of the draft checks (issue 12), each switchable on its own. */
export type CheckRule = 'name-variant' | 'weekday-date' | 'unattributed-quote' | 'first-reference' | 'title-case' | 'numerals'
  | 'percent-style' | 'attribution-tense' | 'anonymous-source';

/** How loud a finding is by default; settings may change it per rule. */
export type CheckSeverity = 'hint' | 'information' | 'warning';

/** One replacement of a quick fix. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** A quick fix: one undoable change, made of its edits. */
export interface CheckFix {
  title: string;
  edits: TextEdit[];
}

/** One finding of a draft check. */
export interface CheckFinding {
  rule: CheckRule;
  start: number;
  end: number;
  text: string;
  message: string;
  severity: CheckSeverity;
  fixes?: CheckFix[];
  /** Where the finding's evidence is: the other spelling, the date the weekday disagrees with. */
  related?: { start: number; end: number; message: string }[];
}
