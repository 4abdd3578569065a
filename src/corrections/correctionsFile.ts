// The corrections file, `.newslens.json` at a workspace folder's root (the CLI also finds it beside the files):
//   { "version": 1,
//     "corrections": [
//       { "name": "Chelsea", "kind": "organization" },       This is an organization (person, place likewise)
//       { "name": "Sion", "kind": "not-a-fact" },            Not a fact, whatever the taggers call it
//       { "name": "Helvetia", "not": "person" },             Not a person (still a fact where tagged as another kind)
//       { "name": "Jon Smyth", "sameAs": "John Smyth" } ] }  Same as: joins that entity
// Each entry may carry a "note" for people. Other top-level keys are kept and ignored. Checking never throws: each
// problem has a message and where it is, and the entries without problems still apply.
import { FACT_KINDS, type Correction, type FactKind, type NamedKind } from '../engine/types';
import { parseJsonTree, type JsonMember, type JsonNode } from './jsonTree';

/** The file's name, at the root of a workspace folder (or of any folder above an article, for the CLI). */
export const CORRECTIONS_FILE_NAME = '.newslens.json';

/** The format version this News Lens reads and writes. */
export const CORRECTIONS_VERSION = 1;

/** A problem in a corrections file: what is wrong, and the offsets [start, end) of the text it is about. */
export interface CorrectionsProblem {
  message: string;
  start: number;
  end: number;
}

/** The corrections a file holds (those without problems) and its problems. */
export interface CorrectionsFile {
  corrections: Correction[];
  problems: CorrectionsProblem[];
}

const SET_KINDS: readonly string[] = ['person', 'organization', 'place', 'not-a-fact'];
const NOT_KINDS: readonly string[] = FACT_KINDS.filter((kind) => kind !== 'quote');
const ENTRY_KEYS: readonly string[] = ['name', 'kind', 'not', 'sameAs', 'note'];

/** Reads and checks the text of a corrections file. */
export function readCorrectionsFile(text: string): CorrectionsFile {
  const parsed = parseJsonTree(text);
  if (!parsed.ok) return { corrections: [], problems: [{ message: `not valid JSON: ${parsed.message}`, start: parsed.offset, end: parsed.offset + 1 }] };
  const root = parsed.value;
  if (root.type !== 'object') return { corrections: [], problems: [at(root, 'expected an object {"version": 1, "corrections": [...]}')] };
  const problems: CorrectionsProblem[] = [];
  const version = member(root, 'version');
  if (!version) problems.push(at(root, `"version" is missing: add "version": ${CORRECTIONS_VERSION}`, root.start, root.start + 1));
  else if (version.value.type !== 'number' || version.value.value !== CORRECTIONS_VERSION) {
    problems.push(at(version.value, `"version" must be ${CORRECTIONS_VERSION} (this News Lens reads version ${CORRECTIONS_VERSION} files)`));
    return { corrections: [], problems };
  }
  const list = member(root, 'corrections');
  if (!list) return { corrections: [], problems: [...problems, at(root, '"corrections" is missing: add "corrections": []', root.start, root.start + 1)] };
  if (list.value.type !== 'array') return { corrections: [], problems: [...problems, at(list.value, '"corrections" must be a list [...]')] };
  const valid: { entry: Correction; node: JsonNode }[] = [];
  const seen = new Map<string, number>();
  list.value.items.forEach((item, index) => {
    const entry = readEntry(item, index, problems);
    if (!entry) return;
    const repeat = repeatKey(entry);
    const first = seen.get(repeat);
    if (first !== undefined) {
      problems.push(at(item, `corrections[${index}] ("${entry.name}") repeats corrections[${first}]: keep one`));
      return;
    }
    seen.set(repeat, index);
    valid.push({ entry, node: item });
  });
  const circular = sameAsCycles(valid, problems);
  return { corrections: valid.map((v) => v.entry).filter((entry) => !circular.has(entry)), problems };
}

/** Which entries may not both be there: two that say what a name is, or two that say the same thing it is not. */
const repeatKey = (entry: Correction): string => `${entryKey(entry.name)}|${entry.not ?? ''}`;

/** Names compared as the engine compares them (src/engine/corrections/correctionBook.ts's `correctionKey`, which the
 *  extension host may not load): case, accents, punctuation and a leading "the" ignored. */
export const entryKey = (name: string): string => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/^\s*the\s+(?=\S)/u, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function readEntry(item: JsonNode, index: number, problems: CorrectionsProblem[]): Correction | undefined {
  const where = `corrections[${index}]`;
  if (item.type !== 'object') {
    problems.push(at(item, `${where} must be an object such as {"name": "Chelsea", "kind": "organization"}`));
    return undefined;
  }
  const before = problems.length;
  for (const field of item.members) {
    if (!ENTRY_KEYS.includes(field.key)) problems.push(keyAt(field, `${where}: unknown field "${field.key}" (expected name, kind, not, sameAs or note)`));
  }
  const name = stringField(item, 'name', where, problems);
  const label = name !== undefined ? `${where} ("${name}")` : where;
  if (!member(item, 'name')) problems.push(at(item, `${where}: "name" is missing: the name as articles write it`));
  const kind = enumField(item, 'kind', SET_KINDS, label, problems) as NamedKind | 'not-a-fact' | undefined;
  const not = enumField(item, 'not', NOT_KINDS, label, problems) as Exclude<FactKind, 'quote'> | undefined;
  const sameAs = stringField(item, 'sameAs', label, problems);
  if (member(item, 'note') && member(item, 'note')?.value.type !== 'string') problems.push(at((member(item, 'note') as JsonMember).value, `${label}: "note" must be a string`));
  const actions = ['kind', 'not', 'sameAs'].filter((key) => member(item, key));
  if (actions.length !== 1) {
    problems.push(at(item, actions.length === 0
      ? `${label}: say what the name is: "kind" (person, organization, place, not-a-fact), "not" (a kind it is not) or "sameAs" (another name)`
      : `${label}: give only one of "kind", "not" and "sameAs" (it has ${actions.map((a) => `"${a}"`).join(' and ')})`));
  }
  if (sameAs !== undefined && name !== undefined && entryKey(sameAs) === entryKey(name)) problems.push(at(item, `${label}: "sameAs" names the name itself`));
  if (problems.length > before || name === undefined) return undefined;
  return { name, ...(kind ? { kind } : {}), ...(not ? { not } : {}), ...(sameAs !== undefined ? { sameAs } : {}) };
}

function stringField(item: JsonNode, key: string, label: string, problems: CorrectionsProblem[]): string | undefined {
  const field = member(item, key);
  if (!field) return undefined;
  if (field.value.type !== 'string' || field.value.value.trim() === '') {
    problems.push(at(field.value, `${label}: "${key}" must be a name in quotes, not ${field.value.type === 'string' ? 'empty' : field.value.type === 'array' ? 'a list' : field.value.type === 'object' ? 'an object' : field.value.type === 'null' ? 'null' : `a ${field.value.type}`}`));
    return undefined;
  }
  return field.value.value.trim();
}

function enumField(item: JsonNode, key: string, allowed: readonly string[], label: string, problems: CorrectionsProblem[]): string | undefined {
  const field = member(item, key);
  if (!field) return undefined;
  if (field.value.type !== 'string' || !allowed.includes(field.value.value)) {
    const got = field.value.type === 'string' ? `"${field.value.value}"` : field.value.type;
    problems.push(at(field.value, `${label}: "${key}" must be one of ${allowed.join(', ')} (got ${got})`));
    return undefined;
  }
  return field.value.value;
}

/** "Same as" corrections that lead back to where they started: reported, and none of them applies. */
function sameAsCycles(valid: readonly { entry: Correction; node: JsonNode }[], problems: CorrectionsProblem[]): Set<Correction> {
  const links = new Map(valid.filter((v) => v.entry.sameAs !== undefined).map((v) => [entryKey(v.entry.name), v]));
  const circular = new Set<Correction>();
  for (const [start, first] of links) {
    if (circular.has(first.entry)) continue;
    const path = [first];
    for (let next = links.get(entryKey(first.entry.sameAs ?? '')); next && path.length <= links.size; next = links.get(entryKey(next.entry.sameAs ?? ''))) {
      if (entryKey(next.entry.name) === start) {
        path.forEach((v) => circular.add(v.entry));
        problems.push(at(first.node, `"sameAs" goes round in a circle: ${path.map((v) => `"${v.entry.name}"`).join(' → ')} → "${first.entry.name}"`));
        break;
      }
      path.push(next);
    }
  }
  return circular;
}

/** The member of an object with that key (the last, as JSON.parse would take it). */
export function member(node: JsonNode, key: string): JsonMember | undefined {
  return node.type === 'object' ? node.members.filter((m) => m.key === key).pop() : undefined;
}

const at = (node: JsonNode, message: string, start = node.start, end = node.end): CorrectionsProblem => ({ message, start, end });
const keyAt = (field: JsonMember, message: string): CorrectionsProblem => ({ message, start: field.keyStart, end: field.keyEnd });

/** The 0-based line and UTF-16 column of an offset in a text (for messages and diagnostics). */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lineStart = Math.max(before.lastIndexOf('\n') + 1, 0);
  return { line: before.split('\n').length - 1, character: before.length - lineStart };
}

/** "FILE:LINE:COLUMN: message", 1-based, as compilers write it (editors and terminals make it a link). */
export function problemLine(file: string, text: string, problem: CorrectionsProblem): string {
  const { line, character } = positionOf(text, problem.start);
  return `${file}:${line + 1}:${character + 1}: ${problem.message}`;
}
