// Maps corpus tags to the engine's vocabulary, so every scorer compares like with like.
import type { Mention } from '../../src/engine/index';

/** Scoring labels of names (kinds). */
export const NAME_LABELS = ['person', 'organization', 'place'] as const;
/** Scoring labels of figures (figureType). */
export const FIGURE_LABELS = ['money', 'percent', 'quantity', 'number', 'ordinal'] as const;
/** Scoring label of OntoNotes DATE/TIME, compared with any date mention (extra information only). */
export const DATE_LABEL = 'date';

const CONLL: Record<string, string> = { PER: 'person', ORG: 'organization', LOC: 'place' };
const ONTONOTES: Record<string, string> = {
  PERSON: 'person', ORG: 'organization', GPE: 'place', LOC: 'place', FAC: 'place',
  MONEY: 'money', PERCENT: 'percent', QUANTITY: 'quantity', CARDINAL: 'number', ORDINAL: 'ordinal',
  DATE: DATE_LABEL, TIME: DATE_LABEL,
};

/** CoNLL-2003 type → label; MISC is not scored (see README of scripts/eval). */
export function conllLabel(type: string): string | undefined {
  return CONLL[type];
}

/** OntoNotes type → label; NORP, PRODUCT, EVENT, WORK_OF_ART, LAW, LANGUAGE are not scored. */
export function ontonotesLabel(type: string): string | undefined {
  return ONTONOTES[type];
}

/** The label a mention is scored under: its kind for names and dates, its figureType for figures. */
export function mentionLabel(mention: Mention): string | undefined {
  if (mention.kind === 'figure') return mention.figureType ?? 'number';
  if (mention.kind === 'quote') return undefined;
  return mention.kind;
}
