// `annotate --format json`'s part for one file, written in pieces of about PIECE_CHARACTERS: the same bytes as the
// report made in one string (JSON.stringify with two-space indents, nested one level in the output's array), without
// ever holding it whole. A million-word file's report is 28 MB of text, and re-indenting it in one piece took 120 MB.
import type { Analysis } from '../engine';
import { toContractEntity, toContractMention } from './contractShapes';

/** About how many characters each piece holds: few writes, and little held at once. */
export const PIECE_CHARACTERS = 1 << 16;

/** `value` as JSON.stringify(value, null, 2) writes it, with `indent` after each of its line breaks. */
function indentedJson(value: unknown, indent: string): string {
  const json = JSON.stringify(value, null, 2);
  return json.includes('\n') ? json.split('\n').join(`\n${indent}`) : json;
}

/** The lines of an array nested at `indent` in the output, one element at a time, as JSON.stringify writes it. */
function* arrayLines<T>(items: readonly T[], shape: (item: T) => unknown, indent: string): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  const inner = `${indent}  `;
  for (let i = 0; i < items.length; i++) yield `${i === 0 ? '[' : ','}\n${inner}${indentedJson(shape(items[i]), inner)}`;
  yield `\n${indent}]`;
}

/** The report's text in order, in small strings: the fixed keys, then each mention and each entity. */
function* reportParts(analysis: Analysis, file: string, index: number): Generator<string> {
  const key = (name: string, first = false): string => `${first ? '' : ','}\n    ${JSON.stringify(name)}: `;
  yield `${index > 0 ? ',' : ''}\n  {`;
  yield key('file', true) + indentedJson(file, '    ');
  yield key('articleDate') + indentedJson({ value: analysis.articleDate.value, source: analysis.articleDate.source }, '    ');
  yield key('analysedChars') + indentedJson(analysis.analysedChars, '    ');
  yield key('warnings') + indentedJson([...analysis.warnings], '    ');
  yield key('mentions');
  yield* arrayLines(analysis.mentions, toContractMention, '    ');
  yield key('entities');
  yield* arrayLines(analysis.entities, toContractEntity, '    ');
  yield '\n  }';
}

/** The JSON report's part for the file at `index` of the output (see reportPiece), in pieces to write in order. */
export function* jsonReportPieces(analysis: Analysis, file: string, index: number): Generator<string> {
  let piece = '';
  for (const part of reportParts(analysis, file, index)) {
    piece += part;
    if (piece.length >= PIECE_CHARACTERS) {
      yield piece;
      piece = '';
    }
  }
  if (piece) yield piece;
}
