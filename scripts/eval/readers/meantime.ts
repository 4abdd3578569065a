// Reads MEANTIME English (CAT XML): tokens, named PER/ORG/LOC mentions, VALUEs and TIMEX3s of the annotated part.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EvalCorpus, EvalDocument, GoldSpan, Predictions } from '../model';
import type { CorpusReport } from '../report';
import { rebuildText } from '../rebuild';
import type { Mention } from '../../../src/engine/index';
import { DATE_LABEL, mentionLabel, NAME_LABELS } from '../labels';
import { decodeEntities, parseAttributes } from './timeml';
import { evaluateTokenCorpus } from '../evaluateTokens';
import { evaluateTimexCorpus } from '../evaluateTimex';

const ENTITY_LABEL: Record<string, string> = { PER: 'person', ORG: 'organization', LOC: 'place' };
const VALUE_LABEL: Record<string, string> = { MONEY: 'money', PERCENT: 'percent', QUANTITY: 'quantity' };

interface Markable {
  element: string;
  attributes: Record<string, string>;
  tokenIds: string[];
}

function markables(xml: string): Markable[] {
  const found: Markable[] = [];
  for (const m of xml.matchAll(/<(ENTITY_MENTION|EVENT_MENTION|TIMEX3|VALUE|SIGNAL)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/g)) {
    found.push({ element: m[1], attributes: parseAttributes(m[2]), tokenIds: [...(m[3] ?? '').matchAll(/t_id="([^"]+)"/g)].map((a) => a[1]) });
  }
  return found;
}

/** Entity type of each mention id, through REFERS_TO links to ENTITY instances. */
function entityTypes(xml: string): Map<string, string> {
  const typeOfEntity = new Map([...xml.matchAll(/<ENTITY\b([^>]*)\/?>/g)].map((m) => parseAttributes(m[1])).map((a) => [a.m_id, a.ent_type]));
  const types = new Map<string, string>();
  for (const link of xml.matchAll(/<REFERS_TO\b[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target m_id="([^"]+)"/.exec(link[1])?.[1];
    const type = target && typeOfEntity.get(target);
    if (type) for (const source of link[1].matchAll(/<source m_id="([^"]+)"/g)) types.set(source[1], type);
  }
  return types;
}

function goldLabel(markable: Markable, types: Map<string, string>): string | undefined {
  if (markable.element === 'TIMEX3') return DATE_LABEL;
  if (markable.element === 'VALUE') return VALUE_LABEL[markable.attributes.type];
  if (markable.element !== 'ENTITY_MENTION' || markable.attributes.syntactic_type !== 'NAM') return undefined;
  return ENTITY_LABEL[types.get(markable.attributes.m_id) ?? ''];
}

/** One MEANTIME document, cut after the last sentence that carries any annotation (the rest is unannotated). */
export function parseMeantimeDocument(id: string, xml: string): EvalDocument {
  const tokens = [...xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)].map((m) => {
    const attributes = parseAttributes(m[1]);
    return { t_id: attributes.t_id, sentence: attributes.sentence, text: decodeEntities(m[2]) };
  });
  const found = markables(xml);
  const sentenceOf = new Map(tokens.map((t) => [t.t_id, Number(t.sentence)]));
  const lastSentence = Math.max(-1, ...found.flatMap((m) => m.tokenIds.map((t) => sentenceOf.get(t) ?? -1)));
  const kept = tokens.filter((t) => Number(t.sentence) <= lastSentence);
  const sentences = [...new Set(kept.map((t) => t.sentence))].map((s) => kept.filter((t) => t.sentence === s).map((t) => t.text));
  const { text, offsets } = rebuildText(sentences);
  const flat = offsets.flat();
  const indexOf = new Map(kept.map((t, i) => [t.t_id, i]));
  const types = entityTypes(xml);
  const gold: GoldSpan[] = [];
  for (const markable of found) {
    const label = goldLabel(markable, types);
    const indices = markable.tokenIds.map((t) => indexOf.get(t)).filter((i): i is number => i !== undefined);
    if (!label || !indices.length) continue;
    const firstToken = Math.min(...indices);
    const endToken = Math.max(...indices) + 1;
    gold.push({ label, tag: markable.attributes.type ?? types.get(markable.attributes.m_id) ?? '', value: markable.attributes.value, firstToken, endToken, start: flat[firstToken].start, end: flat[endToken - 1].end });
  }
  const creation = found.find((m) => m.element === 'TIMEX3' && m.attributes.functionInDocument === 'CREATION_TIME');
  const date = /^\d{4}-\d{2}-\d{2}/.exec(creation?.attributes.value ?? '')?.[0];
  return { id, text, date, tokens: flat, gold };
}

/** Loads the 120 English articles (intra-document annotation). */
export function loadMeantime(corpus: string): EvalCorpus {
  const root = path.join(corpus, 'meantime-en', 'intra-doc_annotation');
  const documents = fs.readdirSync(root).sort().flatMap((folder) =>
    fs.readdirSync(path.join(root, folder)).filter((f) => f.endsWith('.xml')).sort()
      .map((file) => parseMeantimeDocument(`${folder}/${file.replace(/\.xml$/, '')}`, fs.readFileSync(path.join(root, folder, file), 'utf8'))));
  return { name: 'meantime', documents };
}

/** MEANTIME's QUANTITY is any count ("179 tankers", "five"), so the engine's plain numbers count as quantities. */
function meantimeFigureLabel(mention: Mention): string | undefined {
  const label = mentionLabel(mention);
  return label === 'number' ? 'quantity' : label;
}

/** Names and figures (money, percent, quantity: MEANTIME has no ordinals) by token, TIMEX3 by character. */
export function evaluateMeantime(corpus: EvalCorpus, predictions: Predictions): CorpusReport {
  const figures = { name: 'figures', labels: ['money', 'percent', 'quantity'], labelOf: meantimeFigureLabel };
  const tokens = evaluateTokenCorpus(corpus, predictions, [{ name: 'names', labels: NAME_LABELS }, figures]);
  const timex = evaluateTimexCorpus(corpus, predictions);
  return { name: corpus.name, tables: [...tokens.tables, ...timex.tables], headline: { ...tokens.headline, ...timex.headline }, errors: [...tokens.errors, ...timex.errors] };
}
