// Reads TimeML (TimeBank, AQUAINT): the <TEXT> content with inline tags removed, gold TIMEX3 offsets, the DCT.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EvalCorpus, EvalDocument, GoldSpan } from '../model';
import { DATE_LABEL } from '../labels';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const MARKUP = /<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g;

/** An XML attribute list as a record. */
export function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const m of source.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attributes[m[1]] = decodeEntities(m[2] ?? m[3]);
  return attributes;
}

function decodeEntity(name: string): string {
  if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
  return ENTITIES[name] ?? `&${name};`;
}

/** Replaces XML character references with the characters they stand for. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (_, name: string) => decodeEntity(name));
}

/** Strips inline markup from XML content, keeping the offsets (in the plain text) of every TIMEX3. */
export function stripTimemlText(xml: string): { text: string; timexes: GoldSpan[] } {
  let text = '';
  let last = 0;
  const open: { start: number; attributes: Record<string, string> }[] = [];
  const timexes: GoldSpan[] = [];
  for (const m of xml.matchAll(MARKUP)) {
    text += xml.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[5] !== undefined) {
      text += decodeEntity(m[5]);
      continue;
    }
    if (m[2] !== 'TIMEX3' || m[4] === '/') continue;
    if (m[1] !== '/') open.push({ start: text.length, attributes: parseAttributes(m[3]) });
    else {
      const timex = open.pop();
      if (timex && text.length > timex.start) {
        const { type = '', value = '' } = timex.attributes;
        timexes.push({ label: DATE_LABEL, tag: type, value, start: timex.start, end: text.length });
      }
    }
  }
  text += xml.slice(last);
  return { text, timexes };
}

/** One TimeML document: the TEXT content exactly as the engine gets it, its TIMEX3s and DCT date. */
export function parseTimemlDocument(id: string, xml: string): EvalDocument {
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml);
  if (!body) throw new Error(`${id}: no <TEXT> element`);
  const dct = /<DCT>[\s\S]*?<TIMEX3\b([^>]*)>[\s\S]*?<\/DCT>/.exec(xml);
  const dctValue = dct ? parseAttributes(dct[1]).value ?? '' : '';
  const date = /^\d{4}-\d{2}-\d{2}/.exec(dctValue)?.[0];
  const { text, timexes } = stripTimemlText(body[1]);
  return { id, text, date, gold: timexes };
}

/** Loads every .tml file of the TimeBank and AQUAINT folders (the TempEval-3 training data, our dev set). */
export function loadTimemlDev(corpus: string): EvalCorpus {
  const documents: EvalDocument[] = [];
  for (const part of ['timebank', 'aquaint']) {
    const folder = path.join(corpus, 'timeml', part);
    for (const file of fs.readdirSync(folder).filter((f) => f.endsWith('.tml')).sort()) {
      documents.push(parseTimemlDocument(`${part}/${file.replace(/\.tml$/, '')}`, fs.readFileSync(path.join(folder, file), 'utf8')));
    }
  }
  return { name: 'timeml', documents };
}
