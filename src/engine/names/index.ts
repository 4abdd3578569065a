// Finds the people, organizations and places of a text: the trained tagger (src/engine/tagger) marks the names;
// title and credit rules fix spans and add roles; context and the rest of the document settle kinds and short forms.
import { tagNames } from '../tagger';
import type { TextSpan } from '../types';
import { tokenize, type Token } from '../text/tokens';
import { addAppositionRoles } from './appositions';
import { applyOrganizationCues } from './contextKinds';
import { findCredits } from './credits';
import { harmoniseKinds, splitJoinedNames } from './documentKinds';
import { applyNounBefore, dropCommonWords, organizationsBySuffix } from './documentEvidence';
import type { NameKind, NameMention } from './nameMention';
import { reconcileWithRules, type RuleNames } from './reconcile';
import { personShortForms, withNumberSuffix } from './shortForms';
import { findTitledPersons } from './titles';

export type { NameKind, NameMention } from './nameMention';

/** The tagger's names of the sentences' text; none (and a warning) if it fails, so the rules still answer. */
function taggedNames(text: string, sentences: TextSpan[], warn: (message: string) => void): NameMention[] {
  if (sentences.length === 0) return [];
  try {
    const span = { start: sentences[0].start, end: sentences[sentences.length - 1].end };
    return tagNames(text, span).map(({ kind, start, end }) => ({ kind: kind as NameKind, start, end }));
  } catch (error) {
    warn(`The name tagger failed: ${String(error)}`);
    return [];
  }
}

/** Titled persons ("Premier Li Qiang" → Li Qiang, role Premier), places inside titles and credited journalists. */
function ruleNames(text: string, sentences: TextSpan[], tokens: Token[][]): RuleNames {
  const rules: RuleNames = { names: [], titles: [] };
  sentences.forEach((sentence, k) => {
    const titled = findTitledPersons(text, tokens[k]);
    rules.names.push(...titled.names, ...findCredits(text, sentence));
    rules.titles.push(...titled.claimed);
  });
  return rules;
}

/** Every person, organization and place in the sentences of `text`, in document order, with roles where stated. */
export function findNames(text: string, sentences: TextSpan[], warn: (message: string) => void): NameMention[] {
  const tokens = sentences.map((sentence) => tokenize(text, sentence));
  const rules = ruleNames(text, sentences, tokens);
  const tagged = splitJoinedNames(text, reconcileWithRules(text, taggedNames(text, sentences, warn), rules));
  const names = dropCommonWords(text, tagged.map((name) => withNumberSuffix(text, name)), sentences);
  names.push(...personShortForms(text, names, tokens));
  names.push(...organizationsBySuffix(text, names, tokens));
  applyOrganizationCues(text, names, sentences, tokens);
  applyNounBefore(text, names);
  harmoniseKinds(text, names);
  addAppositionRoles(text, names);
  return names.sort((a, b) => a.start - b.start || b.end - a.end);
}
