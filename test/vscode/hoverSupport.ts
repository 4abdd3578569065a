// Hover helpers shared by the hover suites: the Markdown VS Code would show, as a reader reads it, and the command
// links in it, parsed as VS Code parses them (so running one runs exactly what a click would).
import * as assert from 'node:assert';
import * as vscode from 'vscode';

/** The markdown of every hover VS Code would show at the position, as written (`raw`) and as read (`text`). */
export async function hoverAt(document: vscode.TextDocument, position: vscode.Position): Promise<{ raw: string; text: string; parts: vscode.MarkdownString[] }> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  const parts = hovers.flatMap((hover) => hover.contents).filter((part): part is vscode.MarkdownString => part instanceof vscode.MarkdownString);
  const raw = parts.map((part) => part.value).join('\n---\n');
  return { raw, text: readable(raw), parts };
}

/** What the reader sees: markdown escapes and the non-breaking spaces `appendText` writes turned back into text. */
export function readable(markdown: string): string {
  return markdown.replace(/&nbsp;/g, ' ').replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** The position inside the n-th occurrence of `needle`. */
export function positionOf(document: vscode.TextDocument, needle: string, occurrence = 0): vscode.Position {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) index = document.getText().indexOf(needle, index + 1);
  assert.ok(index >= 0, `"${needle}" is not in ${document.uri.toString()}`);
  return document.positionAt(index + 1);
}

/** A command link of a hover: its words, its command and its arguments, decoded as VS Code decodes a command URI. */
export interface CommandLink {
  readonly label: string;
  readonly command: string;
  readonly args: unknown[];
}

/** Every unescaped `[label](command:id?args "title")` in the markdown. */
export function commandLinks(raw: string): CommandLink[] {
  return [...raw.matchAll(/(?<!\\)\[((?:\\.|[^\]\\])*)\]\(command:([\w.-]+)(?:\?([^ )]*))?(?: "[^"]*")?\)/g)].map((match) => ({
    label: readable(match[1]),
    command: match[2],
    args: match[3] ? JSON.parse(decodeURIComponent(match[3])) as unknown[] : [],
  }));
}

/** The link with these words, or a failure naming the links there are. */
export function linkNamed(raw: string, label: string | RegExp): CommandLink {
  const link = commandLinks(raw).find((candidate) => (typeof label === 'string' ? candidate.label === label : label.test(candidate.label)));
  assert.ok(link, `no "${String(label)}" link in: ${raw}`);
  return link;
}

/** True when the markdown may run a command that is not News Lens's own (or trusts every command). */
export function trustsOthersCommands(part: vscode.MarkdownString): boolean {
  const trust = part.isTrusted;
  if (trust === undefined || trust === false) return false;
  return trust === true || trust.enabledCommands.some((command) => !command.startsWith('newsLens.'));
}
