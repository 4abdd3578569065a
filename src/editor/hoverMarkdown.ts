// The hover card's Markdown pieces that carry document text or run a command: text escaped so it can never become a
// link, image, heading, list, HTML or icon, yet wraps like prose (MarkdownString.appendText joins words with &nbsp;,
// so a long quote broke mid-word: "this m / oney"); quotes as a blockquote; command links with encoded arguments.
// Free of vscode, so plain Node tests it.
import { oneLine } from '../format/factGroups';

/** A quote longer than this is cut at a word, with "…": the card is a note, not the article. */
export const QUOTE_CHARS = 600;

/** ASCII punctuation Markdown (CommonMark, GFM, VS Code's icons) gives a meaning to; a backslash makes each literal. */
const SYNTAX = /[\\`*_{}[\]()#+\-.!~|<>&:=$^@"]/g;

/** Document text as Markdown that shows exactly that text on one line, with ordinary spaces (so it wraps at them). */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(SYNTAX, '\\$&');
}

/** A quotation as a Markdown blockquote: its paragraphs kept apart, each one line that wraps normally; cut at
 *  `maxChars` at a word boundary. Ends with a blank line, so what follows is not drawn inside the quote. */
export function quoteBlock(text: string, maxChars = QUOTE_CHARS): string {
  const paragraphs = shortened(text.trim(), maxChars).split(/\n\s*\n/).map(escapeMarkdown).filter(Boolean);
  return `${paragraphs.map((paragraph) => `> ${paragraph}`).join('\n>\n')}\n\n`;
}

function shortened(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars);
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length > maxChars / 2 ? atWord : cut}…`;
}

/** A Markdown link that runs `command` with `args` (JSON, URI-encoded, parentheses too, so the link's destination
 *  cannot end early). The label and tooltip are News Lens's own words, never document text. */
export function commandLink(label: string, command: string, args: readonly unknown[], tooltip: string): string {
  const query = encodeURIComponent(JSON.stringify(args)).replace(/\(/g, '%28').replace(/\)/g, '%29');
  return `[${escapeMarkdown(label)}](command:${command}?${query} "${tooltip.replace(/["\\]/g, '')}")`;
}
