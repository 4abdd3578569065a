// Placeholder so the editor, CLI and harness can be built in parallel; replaced by the real pipeline.
import type { AnalyseOptions, Analysis, Mention } from './types';

/** Finds facts in an article's text. (Placeholder: marks capitalised words as places.) */
export function analyse(text: string, options: AnalyseOptions = {}): Analysis {
  const limit = Math.min(text.length, options.maxChars ?? text.length);
  const mentions: Mention[] = [];
  for (const m of text.slice(0, limit).matchAll(/\b[A-Z][a-z]+\b/g)) {
    mentions.push({ kind: 'place', start: m.index, end: m.index + m[0].length, text: m[0], entity: `place:${m[0].toLowerCase()}` });
  }
  const ids = [...new Set(mentions.map((m) => m.entity!))];
  const entities = ids.map((id) => ({ id, kind: 'place' as const, name: id.slice(6), mentions: mentions.flatMap((m, i) => (m.entity === id ? [i] : [])) }));
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  return { mentions, entities, articleDate: { value: options.articleDate ?? today, source: options.articleDate ? 'option' : 'today' }, analysedChars: limit, warnings: [] };
}
