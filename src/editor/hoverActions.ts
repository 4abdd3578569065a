// The hover card's action links — go to the fact's first mention, find all its mentions, set the article date — and
// the commands' names, which the card's trust is limited to. Each link carries the document's URI, the hovered
// mention's offset and kind (never its text).
import type * as vscode from 'vscode';
import type { Analysis, FactKind } from '../engine/types';
import type { FactGroup } from '../format/factGroups';
import { canSetArticleDate } from './dateDescription';
import { commandLink } from './hoverMarkdown';

/** Selects the fact's first mention. */
export const GO_TO_FIRST_MENTION_COMMAND = 'newsLens.goToFirstMention';
/** Lists every mention of the fact in the references peek. */
export const FIND_ALL_MENTIONS_COMMAND = 'newsLens.findAllMentions';
/** Writes a `Date:` line or the newsLens.articleDate setting, as the user chooses. */
export const SET_ARTICLE_DATE_COMMAND = 'newsLens.setArticleDate';

/** The commands of the action links. */
export const HOVER_ACTION_COMMANDS: readonly string[] = [GO_TO_FIRST_MENTION_COMMAND, FIND_ALL_MENTIONS_COMMAND, SET_ARTICLE_DATE_COMMAND];

/** What an action link passes: the document, an offset inside the hovered mention, and its kind. */
export interface HoveredMention {
  readonly uri: string;
  readonly offset: number;
  readonly kind: FactKind;
}

/** True for a value a command link (or a test) could have passed as a HoveredMention. */
export function isHoveredMention(value: unknown): value is HoveredMention {
  const candidate = value as Partial<HoveredMention> | undefined;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.uri === 'string'
    && typeof candidate.offset === 'number' && typeof candidate.kind === 'string';
}

/** "Go to first mention · Find all 3 mentions · Set article date…": only the links that do something here (no "go to"
 *  on the first mention itself, no "find all" for a fact mentioned once, "Set article date" where the text states none). */
export function actionLinks(document: vscode.TextDocument, analysis: Analysis, mentionIndex: number, fact: FactGroup | undefined): string {
  const mention = analysis.mentions[mentionIndex];
  const argument: HoveredMention = { uri: document.uri.toString(), offset: mention.start, kind: mention.kind };
  const links: string[] = [];
  if (fact && fact.mentions[0] !== mentionIndex) {
    links.push(commandLink('Go to first mention', GO_TO_FIRST_MENTION_COMMAND, [argument], 'News Lens: select the first mention of this fact'));
  }
  if (fact && fact.mentions.length > 1) {
    links.push(commandLink(`Find all ${fact.mentions.length} mentions`, FIND_ALL_MENTIONS_COMMAND, [argument], 'News Lens: list every mention of this fact'));
  }
  if (mention.kind === 'date' && canSetArticleDate(analysis.articleDate.source)) {
    links.push(commandLink('Set article date…', SET_ARTICLE_DATE_COMMAND, [{ uri: argument.uri }], 'News Lens: write a Date: line in this draft, or set newsLens.articleDate'));
  }
  return links.join(' · ');
}
