// Writes corrections into the text of a corrections file the way a person would keep it: one entry a line, sorted by
// name (so two editors' additions rarely touch the same lines), every other key and an entry's "note" kept. A file
// that is not JSON, or not a version 1 corrections file, is never overwritten: the caller says what to fix.
import type { Correction } from '../engine/types';
import { CORRECTIONS_VERSION, entryKey } from './correctionsFile';

/** An entry as the file holds it, with any field a person added. */
export type RawEntry = Record<string, unknown>;

/** A new text for the file, and the entries the new one took the place of (to put back on undo). */
export interface CorrectionEdit {
  text: string;
  replaced: RawEntry[];
}

/** Why a file cannot be edited: it must be fixed by hand first. */
export class UneditableCorrectionsError extends Error {}

const ORDERED_KEYS = ['name', 'kind', 'not', 'sameAs', 'note'];

/** The file with `correction` in it, in place of the entries for its name it contradicts. `text` undefined: no file yet. */
export function withCorrection(text: string | undefined, correction: Correction): CorrectionEdit {
  const file = editable(text);
  const replaced = file.entries.filter((entry) => contradicts(entry, correction));
  const entries = [...file.entries.filter((entry) => !replaced.includes(entry)), entryOf(correction)];
  return { text: serialise(file.root, entries), replaced };
}

/** The file without `correction` and with `replaced` back (what undo does), leaving every other entry as it is now. */
export function withoutCorrection(text: string | undefined, correction: Correction, replaced: readonly RawEntry[]): string {
  const file = editable(text);
  const entries = file.entries.filter((entry) => !sameCorrection(entry, correction));
  for (const entry of replaced) if (!entries.some((other) => sameCorrection(other, entry))) entries.push(entry);
  return serialise(file.root, entries);
}

/** A corrections file with none in it yet (what "Open Corrections File" starts). */
export function emptyCorrectionsFile(): string {
  return serialise({}, []);
}

/** True when the file's text has no corrections and nothing else worth keeping (undo may remove a file it made). */
export function isEmptyCorrectionsFile(text: string): boolean {
  try {
    const root = JSON.parse(text) as Record<string, unknown>;
    return Object.keys(root).every((key) => key === 'version' || key === 'corrections') && Array.isArray(root.corrections) && root.corrections.length === 0;
  } catch {
    return false;
  }
}

function editable(text: string | undefined): { root: Record<string, unknown>; entries: RawEntry[] } {
  if (text === undefined || text.trim() === '') return { root: { version: CORRECTIONS_VERSION, corrections: [] }, entries: [] };
  let root: unknown;
  try {
    root = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new UneditableCorrectionsError('it is not valid JSON');
  }
  if (typeof root !== 'object' || root === null || Array.isArray(root)) throw new UneditableCorrectionsError('it is not a JSON object');
  const file = root as Record<string, unknown>;
  if (file.version !== CORRECTIONS_VERSION) throw new UneditableCorrectionsError(`its "version" is not ${CORRECTIONS_VERSION}`);
  if (file.corrections !== undefined && !Array.isArray(file.corrections)) throw new UneditableCorrectionsError('its "corrections" is not a list');
  return { root: file, entries: (file.corrections as unknown[] | undefined ?? []) as RawEntry[] };
}

/** True when an existing entry says something else about the new correction's name (or the same thing again). */
function contradicts(entry: RawEntry, correction: Correction): boolean {
  if (typeof entry !== 'object' || entry === null || typeof entry.name !== 'string' || entryKey(entry.name) !== entryKey(correction.name)) return false;
  return correction.not === undefined || entry.not === undefined || entry.not === correction.not;
}

function sameCorrection(entry: RawEntry, correction: Correction | RawEntry): boolean {
  return typeof entry === 'object' && entry !== null && typeof entry.name === 'string' && typeof correction.name === 'string' && entryKey(entry.name) === entryKey(correction.name)
    && entry.kind === correction.kind && entry.not === correction.not && entry.sameAs === correction.sameAs;
}

function entryOf(correction: Correction): RawEntry {
  return { name: correction.name, ...(correction.kind ? { kind: correction.kind } : {}), ...(correction.not ? { not: correction.not } : {}), ...(correction.sameAs !== undefined ? { sameAs: correction.sameAs } : {}) };
}

/** Sorted by name (then by what they say), entries without a name last in their order. */
function sorted(entries: RawEntry[]): RawEntry[] {
  const nameOf = (entry: RawEntry) => (typeof entry === 'object' && entry !== null && typeof entry.name === 'string' ? entry.name : undefined);
  const named = entries.filter((entry) => nameOf(entry) !== undefined);
  const sortKey = (entry: RawEntry) => `${entryKey(nameOf(entry) as string)}\u0000${nameOf(entry)}\u0000${JSON.stringify(entry)}`;
  named.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
  return [...named, ...entries.filter((entry) => nameOf(entry) === undefined)];
}

/** "version" first, the corrections one a line, then the file's other keys in their order; a final newline. */
function serialise(root: Record<string, unknown>, entries: RawEntry[]): string {
  const lines = sorted(entries).map((entry) => `    ${entryLine(entry)}`);
  const list = lines.length === 0 ? '[]' : `[\n${lines.join(',\n')}\n  ]`;
  const others = Object.entries(root).filter(([key]) => key !== 'version' && key !== 'corrections')
    .map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`);
  return `{\n${[`  "version": ${CORRECTIONS_VERSION}`, `  "corrections": ${list}`, ...others].join(',\n')}\n}\n`;
}

/** `{ "name": "Chelsea", "kind": "organization" }`: known keys in their order, then any others. */
function entryLine(entry: RawEntry): string {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return JSON.stringify(entry);
  const keys = [...ORDERED_KEYS.filter((key) => key in entry), ...Object.keys(entry).filter((key) => !ORDERED_KEYS.includes(key))];
  return `{ ${keys.map((key) => `${JSON.stringify(key)}: ${JSON.stringify(entry[key])}`).join(', ')} }`;
}
