// Finds the people, organizations and places of a text: the trained tagger (src/engine/tagger) marks the names;
// title and credit rules fix spans and add roles; context and the rest of the document settle kinds and short forms.
import type { TextSpan } from '../types';
import type { DocumentText } from '../text/lines';
import type { RunMemo } from '../text/runMemo';
import type { Token } from '../text/tokens';
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
export type { RuleNames } from './reconcile';

/** Titled persons ("Premier Li Qiang" → Li Qiang, role Premier), places inside titles and credited journalists of one
 *  sentence: they read only the sentence's own text. */
function sentenceRuleNames(text: string, sentence: TextSpan, tokens: Token[]): RuleNames {
  const titled = findTitledPersons(text, tokens);
  return { names: [...titled.names, ...findCredits(text, sentence)], titles: titled.claimed };
}

/** The rule names of every sentence; with a memo, a sentence with the same text as in the last run is not read again. */
function ruleNames(text: string, sentences: TextSpan[], tokens: Token[][], memo?: RunMemo<RuleNames>): RuleNames {
  const rules: RuleNames = { names: [], titles: [] };
  sentences.forEach((sentence, k) => {
    const found = memo
      ? memo.get(text.slice(sentence.start, sentence.end), () => relativeTo(sentenceRuleNames(text, sentence, tokens[k]), -sentence.start))
      : sentenceRuleNames(text, sentence, tokens[k]);
    if (found.names.length === 0 && found.titles.length === 0) return;
    const placed = memo ? relativeTo(found, sentence.start) : found;
    rules.names.push(...placed.names);
    rules.titles.push(...placed.titles);
  });
  return rules;
}

/** Rule names moved by `offset` characters. */
function relativeTo(rules: RuleNames, offset: number): RuleNames {
  const move = <T extends TextSpan>(span: T): T => ({ ...span, start: span.start + offset, end: span.end + offset });
  return { names: rules.names.map(move), titles: rules.titles.map(move) };
}

/** Every person, organization and place in the sentences of `text`, from the tagger's `tagged` names, in document order,
 *  with roles where stated. `document` is `documentText(text)`; an incremental analyser passes its memo of rule names. */
export function findNames(text: string, document: DocumentText, tagged: readonly NameMention[], memo?: RunMemo<RuleNames>): NameMention[] {
  const { sentences, tokens } = document;
  const rules = ruleNames(text, sentences, tokens, memo);
  const joined = splitJoinedNames(text, reconcileWithRules(text, tagged.map((name) => ({ ...name })), rules));
  const names = dropCommonWords(text, joined.map((name) => withNumberSuffix(text, name)), document);
  names.push(...personShortForms(text, names, tokens));
  names.push(...organizationsBySuffix(text, names, tokens));
  applyOrganizationCues(text, names, sentences, tokens);
  applyNounBefore(text, names);
  harmoniseKinds(text, names);
  addAppositionRoles(text, names);
  return names.sort((a, b) => a.start - b.start || b.end - a.end);
}
