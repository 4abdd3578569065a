// The corrections an editor can make of a fact, each a command: what it is called, which facts it applies to, and the
// correction it writes. Shared by the hover card's links, the Facts sidebar's context menu and the command palette.
import type { Correction, FactKind, NamedKind } from '../engine/types';
import { KIND_LABELS } from '../format/factGroups';

/** One way to correct a fact. */
export interface CorrectionAction {
  readonly command: string;
  /** The link's and menu's words ("Not a person"). */
  readonly label: string;
  /** The kinds of fact it applies to. */
  readonly appliesTo: readonly FactKind[];
  /** The correction for a fact of this name and kind; undefined for "Same as", which asks for the other name. */
  readonly correction?: (name: string, kind: FactKind | undefined) => Correction;
  /** True for the actions that can name a selection the taggers missed ("This is a person"). */
  readonly forSelection?: boolean;
  /** What the confirmation says of the correction ("“Chelsea” is now an organization"). */
  readonly says: (correction: Correction) => string;
}

const NAMED: readonly NamedKind[] = ['person', 'organization', 'place'];
/** "a" or "an", for a kind's name. */
export const article = (kind: FactKind): string => (/^[aeiou]/.test(kind) ? 'an' : 'a');
const lower = (kind: FactKind): string => KIND_LABELS[kind].one.toLowerCase();

const notKind = (kind: NamedKind): CorrectionAction => ({
  command: `newsLens.correct.not${KIND_LABELS[kind].one}`,
  label: `Not ${article(kind)} ${lower(kind)}`,
  appliesTo: [kind],
  correction: (name) => ({ name, not: kind }),
  says: ({ name }) => `“${name}” is no longer ${article(kind)} ${lower(kind)}`,
});

const isKind = (kind: NamedKind): CorrectionAction => ({
  command: `newsLens.correct.is${KIND_LABELS[kind].one}`,
  label: `This is ${article(kind)} ${lower(kind)}`,
  appliesTo: NAMED.filter((other) => other !== kind),
  forSelection: true,
  correction: (name) => ({ name, kind }),
  says: ({ name }) => `“${name}” is now ${article(kind)} ${lower(kind)}`,
});

/** "Not a fact": a name is never one; a date or figure only where it is read as one ("May" the verb). */
const NOT_A_FACT: CorrectionAction = {
  command: 'newsLens.correct.notAFact',
  label: 'Not a fact',
  appliesTo: [...NAMED, 'date', 'figure'],
  correction: (name, kind) => (kind === 'date' || kind === 'figure' ? { name, not: kind } : { name, kind: 'not-a-fact' }),
  says: ({ name }) => `“${name}” is no longer a fact`,
};

/** "Same as …": joins this name to another entity of the article, picked from a list. */
export const SAME_AS: CorrectionAction = {
  command: 'newsLens.correct.sameAs',
  label: 'Same as…',
  appliesTo: NAMED,
  says: ({ name, sameAs }) => `“${name}” is now the same as “${sameAs}”`,
};

/** Every correction, in the order the hover and the menus show them. */
export const CORRECTION_ACTIONS: readonly CorrectionAction[] = [
  ...NAMED.map(notKind), ...NAMED.map(isKind), NOT_A_FACT, SAME_AS,
];

/** The command that undoes the last correction made in this window. */
export const UNDO_CORRECTION_COMMAND = 'newsLens.undoCorrection';
/** The command that opens the folder's corrections file. */
export const OPEN_CORRECTIONS_COMMAND = 'newsLens.openCorrections';

/** The corrections offered for a fact of this kind. */
export function actionsFor(kind: FactKind): CorrectionAction[] {
  return CORRECTION_ACTIONS.filter((action) => action.appliesTo.includes(kind));
}
