// Which files of a workspace the index reads, decided from paths and bytes alone (no document is opened): folders it
// never enters, a file's language from its name, VS Code's glob patterns, and text that is not an article's (binary,
// or longer than newsLens.maxCharacters). No vscode import: plain Node tests it.

/** Folders of installed packages and tools, never articles: node_modules and its kind. Hidden folders (".git",
 *  ".vscode") are skipped too. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'bower_components', 'jspm_packages', '__pycache__', 'venv', 'site-packages']);

/** True for a folder the index never enters. */
export function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || SKIPPED_FOLDERS.has(name);
}

/** vscode.FileType's bits, as readDirectory and stat report them (the values are VS Code's API). */
const FILE = 1;
const DIRECTORY = 2;
const SYMBOLIC_LINK = 64;

/** What the index does with one entry of a folder: enter a folder, consider a file, or skip it. A symbolic link is
 *  always skipped, to a file or a folder: it may lead out of the workspace, and a link inside it leads to files the
 *  index reaches anyway (VS Code's file system API cannot say where a link points). */
export function walkStep(name: string, type: number): 'enter' | 'consider' | 'skip' {
  if (type & SYMBOLIC_LINK) return 'skip';
  if (type & DIRECTORY) return isSkippedFolder(name) ? 'skip' : 'enter';
  return type & FILE ? 'consider' : 'skip';
}

/** How many leading bytes are looked at for a NUL, as git and grep tell binary files. */
const SNIFF_BYTES = 8_000;

/** A file's bytes as an article's text, or why they are not one. */
export type DecodedFile = { text: string } | { skipped: 'binary' | 'too-large' };

/** The file's text: not binary (a NUL in its first bytes, or bytes that are not UTF-8) and at most `maxChars` UTF-16
 *  characters. A byte-order mark is dropped, as VS Code drops it. */
export function decodeArticle(bytes: Uint8Array, maxChars: number): DecodedFile {
  if (bytes.length > maxChars * 3) return { skipped: 'too-large' }; // a UTF-8 byte gives at most one UTF-16 character, three at least one
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { skipped: 'binary' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { skipped: 'binary' };
  }
  return text.length > maxChars ? { skipped: 'too-large' } : { text };
}

/** Where the languages' files are: by extension (".md"), exact file name, or glob, as VS Code's language contributions
 *  and the `files.associations` setting say. */
export interface LanguageTable {
  extensions: ReadonlyMap<string, string>;
  filenames: ReadonlyMap<string, string>;
  /** `files.associations` and contributed `filenamePatterns`: a pattern without "/" is matched on the file name. */
  patterns: readonly (readonly [string, string])[];
}

/** The language VS Code gives a file of this path (its URI's path, "/"-separated), if the table knows one. */
export function languageOfPath(path: string, table: LanguageTable): string | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  for (const [pattern, language] of table.patterns) {
    if (globMatches(pattern, pattern.includes('/') ? path : name)) return language;
  }
  const byName = table.filenames.get(name) ?? table.filenames.get(name.toLowerCase());
  if (byName) return byName;
  const lower = name.toLowerCase();
  // The longest extension wins: ".d.ts" before ".ts".
  for (let dot = lower.indexOf('.'); dot >= 0; dot = lower.indexOf('.', dot + 1)) {
    const language = table.extensions.get(lower.slice(dot));
    if (language) return language;
  }
  return undefined;
}

const globCache = new Map<string, RegExp>();

/** True when `path` matches a VS Code glob: `*` and `?` within a path segment, `**` across segments, `{a,b}`
 *  alternatives, `[abc]` and `[!abc]` classes. */
export function globMatches(pattern: string, path: string): boolean {
  let regex = globCache.get(pattern);
  if (!regex) {
    regex = new RegExp(`^${globSource(pattern)}$`);
    globCache.set(pattern, regex);
  }
  return regex.test(path);
}

function globSource(pattern: string): string {
  let source = '';
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      const slashAfter = pattern[i + 2] === '/';
      source += slashAfter ? '(?:.*/)?' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '{') { depth++; source += '(?:'; }
    else if (c === '}' && depth > 0) { depth--; source += ')'; }
    else if (c === ',' && depth > 0) source += '|';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) { source += '\\['; continue; }
      const body = pattern.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
      source += `[${body}]`;
      i = close;
    } else source += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return source;
}

/** The line and character of an offset, from the offsets where lines start (see lineStartsOf). */
export function positionIn(lineStarts: readonly number[], offset: number): { line: number; character: number } {
  let [low, high] = [0, lineStarts.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (lineStarts[middle] <= offset) low = middle + 1;
    else high = middle;
  }
  return { line: low, character: offset - (low === 0 ? 0 : lineStarts[low - 1]) };
}
