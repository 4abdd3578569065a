// Finds the people, organizations and places of a text: the trained tagger (src/engine/tagger) marks the names;
// title and credit rules fix spans and add roles; context and the rest of the document settle kinds and short forms.
import type { TextSpan } from '../types';
import { tokenize, type Token } from '../text/tokens';
import { addAppositionRoles } from './appositions';
import { applyOrganizationCues } from './contextKinds';
import { findCredits } from './credits';
import { harmoniseKinds, splitJoinedNames } from './documentKinds';
import { applyNounBefore, dropCommonWords, organizationsBySuffix } from './documentEvidence';
import type { NameMention } from './nameMention';
import { reconcileWithRules, type RuleNames } from './reconcile';
import { personShortForms, withNumberSuffix } from './shortForms';
import { findTitledPersons } from './titles';

export type { NameKind, NameMention } from './nameMention';

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

/** Every person, organization and place in the sentences of `text`, from the tagger's `tagged` names, in document order,
 *  with roles where stated. */
export function findNames(text: string, sentences: TextSpan[], tagged: readonly NameMention[]): NameMention[] {
  const tokens = sentences.map((sentence) => tokenize(text, sentence));
  const rules = ruleNames(text, sentences, tokens);
  const joined = splitJoinedNames(text, reconcileWithRules(text, tagged.map((name) => ({ ...name })), rules));
  const names = dropCommonWords(text, joined.map((name) => withNumberSuffix(text, name)), sentences);
  names.push(...personShortForms(text, names, tokens));
  names.push(...organizationsBySuffix(text, names, tokens));
  applyOrganizationCues(text, names, sentences, tokens);
  applyNounBefore(text, names);
  harmoniseKinds(text, names);
  addAppositionRoles(text, names);
  return names.sort((a, b) => a.start - b.start || b.end - a.end);
}
