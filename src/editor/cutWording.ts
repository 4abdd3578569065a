// What News Lens says where it stopped reading a large file: the note at the cut, the one-time notice, and the two
// actions both offer. Free of vscode, so plain Node tests it.

/** The actions at the cut and in the notice, as their buttons and links read. */
export const CUT_ACTIONS = { analyseAll: 'Analyse All', openSetting: 'Open Setting' } as const;

/** A file name longer than this is shortened in the notice, so the toast shows it whole (VS Code cuts a long one with "…"). */
const NAME_CHARS = 40;

const characters = (limit: number): string => `${limit.toLocaleString('en-US')} characters`;

/** The note drawn at the cut: "News Lens stopped here (200,000 characters)". */
export function stoppedHereText(limit: number): string {
  return `News Lens stopped here (${characters(limit)})`;
}

/** The one-time notice: short enough for a toast to show whole, with the name shortened in the middle if need be. */
export function cutNoticeText(name: string, limit: number): string {
  const shown = name.length > NAME_CHARS ? `${name.slice(0, NAME_CHARS / 2 - 1)}…${name.slice(-(NAME_CHARS / 2))}` : name;
  return `News Lens read only the first ${characters(limit)} of ${shown}.`;
}

/** The cut note's hover: why it stopped, and what each action does. */
export function cutExplanation(limit: number): string {
  return `The file is longer than the newsLens.maxCharacters setting (${characters(limit)}): nothing after this point is highlighted or listed.`;
}
