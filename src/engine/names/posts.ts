// "Jonas Berger, chief executive of Helvetia Hydro": a post is held at an organization (or a place), never at a person,
// so the name after "chief executive of" is no person, and that mention says best what the name is in the article.
import { asciiWordBefore } from '../text/wordBefore';
import type { NameMention } from './nameMention';

/** A post and "of"/"at" right before a name ("chief executive of ", "chairman of the ", "an executive at "). */
const POST_BEFORE = /\b(?:chief executive|executive|chairman|chairwoman|chairperson|president|director|founder|co-founder|head|CEO|chief)[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?$/i;

/** How far before a name its post is looked for. */
const POST_WINDOW = 40;

/** The words a post's phrase ends in, right before the name: a first test that spares most names the regex. */
const POST_PHRASE_ENDS = new Set(['of', 'at', 'the']);

/** The names written right after a post; a person among them becomes an organization. The caller weighs these
 *  mentions more when the article's mentions of a name disagree. */
export function namesAfterPosts(text: string, names: readonly NameMention[]): Set<NameMention> {
  const after = new Set<NameMention>();
  for (const name of names) {
    if (!POST_PHRASE_ENDS.has(asciiWordBefore(text, name.start).toLowerCase())) continue;
    if (!POST_BEFORE.test(text.slice(Math.max(0, name.start - POST_WINDOW), name.start))) continue;
    if (name.kind === 'person') name.kind = 'organization';
    after.add(name);
  }
  return after;
}
