// Checks the settings JSON schema cannot fully check (a real calendar date, a size in range), so a bad value is named
// in a warning and replaced by the default, never silently ignored. Free of vscode, so plain Node tests it.
import { isCalendarDate } from '../cli/calendarDate';

/** `newsLens.maxCharacters`'s default, as in package.json. */
export const MAX_CHARACTERS_DEFAULT = 200_000;

/** `newsLens.maxCharacters`'s minimum, as in package.json: below it even a short article would be cut. */
export const MAX_CHARACTERS_MINIMUM = 1_000;

/**
 * `newsLens.maxCharacters`'s maximum, as in package.json: about 170,000 words, five times the default. The engine
 * takes about 210 ms per 10,000 words (README) and, measured on the sample article repeated to 1,000,000 characters,
 * about 9 s, 80 MB of heap and 3.3 MB of mentions per result for its first whole analysis; both grow linearly, so a
 * larger cap (which a workspace could otherwise set, see `capabilities`) means minutes of work and hundreds of MB.
 */
export const MAX_CHARACTERS_MAXIMUM = 1_000_000;

/** A setting value that was refused: which setting, the value as found, and the message shown once for it. */
export interface SettingProblem {
  readonly setting: string;
  readonly value: unknown;
  readonly message: string;
}

/** The value to use for a setting, with the problem when the value found was refused and the default used instead. */
export interface CheckedSetting<T> {
  readonly value: T;
  readonly problem?: SettingProblem;
}

/** `newsLens.articleDate`: a real calendar date YYYY-MM-DD (spaces around it ignored), or empty for none. */
export function checkArticleDate(raw: unknown): CheckedSetting<string | undefined> {
  const text = typeof raw === 'string' ? raw.trim() : raw;
  if (text === '' || text === undefined || text === null) return { value: undefined };
  if (typeof text === 'string' && isCalendarDate(text)) return { value: text };
  return {
    value: undefined,
    problem: problem('newsLens.articleDate', raw, 'a calendar date as YYYY-MM-DD (e.g. 2025-11-03), or empty',
      "the default, empty: each article's own date, else the file's modification day, else today"),
  };
}

/** `newsLens.maxCharacters`: a number from the minimum to the maximum (a fraction is rounded down). */
export function checkMaxCharacters(raw: unknown): CheckedSetting<number> {
  if (raw === undefined || raw === null) return { value: MAX_CHARACTERS_DEFAULT };
  if (typeof raw === 'number' && raw >= MAX_CHARACTERS_MINIMUM && raw <= MAX_CHARACTERS_MAXIMUM) return { value: Math.floor(raw) };
  const range = `${MAX_CHARACTERS_MINIMUM.toLocaleString('en-US')} to ${MAX_CHARACTERS_MAXIMUM.toLocaleString('en-US')}`;
  return {
    value: MAX_CHARACTERS_DEFAULT,
    problem: problem('newsLens.maxCharacters', raw, `a number of characters from ${range}`, `the default, ${MAX_CHARACTERS_DEFAULT.toLocaleString('en-US')}`),
  };
}

/** `newsLens.workspaceIndex.maxFiles`'s default, minimum and maximum, as in package.json. */
export const MAX_INDEXED_FILES_DEFAULT = 10_000;
export const MAX_INDEXED_FILES_MAXIMUM = 1_000_000;

/** `newsLens.workspaceIndex.maxFiles`: a whole number of files from 1 to the maximum. */
export function checkMaxIndexedFiles(raw: unknown): CheckedSetting<number> {
  if (raw === undefined || raw === null) return { value: MAX_INDEXED_FILES_DEFAULT };
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 && raw <= MAX_INDEXED_FILES_MAXIMUM) return { value: raw };
  return {
    value: MAX_INDEXED_FILES_DEFAULT,
    problem: problem('newsLens.workspaceIndex.maxFiles', raw, `a whole number of files from 1 to ${MAX_INDEXED_FILES_MAXIMUM.toLocaleString('en-US')}`, `the default, ${MAX_INDEXED_FILES_DEFAULT.toLocaleString('en-US')}`),
  };
}

function problem(setting: string, value: unknown, accepted: string, fallback: string): SettingProblem {
  return { setting, value, message: `News Lens: the setting ${setting} is ${shown(value)}, which it does not accept. It accepts ${accepted}; using ${fallback}.` };
}

function shown(value: unknown): string {
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

/** Remembers which bad values were already shown, so each distinct one is warned about once, not at every re-read. */
export class SettingWarnings {
  private readonly shownKeys = new Set<string>();

  /** The problems not shown before, in order; remembers them as shown. */
  takeNew(problems: readonly SettingProblem[]): SettingProblem[] {
    return problems.filter((candidate) => {
      const key = `${candidate.setting}\u0000${JSON.stringify(candidate.value) ?? String(candidate.value)}`;
      if (this.shownKeys.has(key)) return false;
      this.shownKeys.add(key);
      return true;
    });
  }
}
