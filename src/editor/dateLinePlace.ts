// Where "Set article date…" writes its `Date:` line: under the headline, as a wire story carries it, where the engine
// reads a draft's date (its first lines). Free of vscode, so plain Node tests it.

/** A longer first line is a paragraph of the story, not a headline: the line goes above it. */
const MAX_HEADLINE_CHARS = 200;
/** How far a front matter block may run (as the engine reads one); past it an opening `---` is a rule. */
const MAX_FRONT_MATTER_LINES = 80;

/** The line to insert the `Date:` line before, and whether that puts it under the headline (else at the very top). */
export interface DateLinePlace {
  readonly line: number;
  readonly underHeadline: boolean;
}

/** After any front matter: under the first line when it is a headline (short, with more of the draft after it),
 *  else above the first line. `lineAt(i)` is the text of line i, `lineCount` how many there are. */
export function dateLinePlace(lineAt: (line: number) => string, lineCount: number): DateLinePlace {
  const top = afterFrontMatter(lineAt, lineCount);
  const first = top < lineCount ? lineAt(top) : '';
  const underHeadline = first.trim() !== '' && first.length <= MAX_HEADLINE_CHARS && top + 1 < lineCount;
  return { line: underHeadline ? top + 1 : top, underHeadline };
}

/** The first line after a leading `---` (YAML) or `+++` (TOML) block, or 0 when the draft opens with none. */
function afterFrontMatter(lineAt: (line: number) => string, lineCount: number): number {
  const open = lineCount > 0 ? lineAt(0).trimEnd() : '';
  if (open !== '---' && open !== '+++') return 0;
  const closes = open === '---' ? ['---', '...'] : ['+++'];
  for (let line = 1; line < Math.min(lineCount, MAX_FRONT_MATTER_LINES + 2); line++) {
    if (closes.includes(lineAt(line).trimEnd())) return line + 1;
  }
  return 0;
}
