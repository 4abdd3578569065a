import * as assert from 'node:assert/strict';
import { analyse, type Analysis, type Mention } from '../../../src/engine';
import { seedArticlePath } from '../../../scripts/shared.mjs';
import { needsShared } from '../helpers/needsShared';
import { SEED_FACTS } from '../../fixtures/seedArticle';
import { seedText } from './helpers/seedArticle';

const NAME_KINDS = new Set(['person', 'organization', 'place']);

describe('seed article: names and quotes', () => {
  const expected = SEED_FACTS;
  let text: string;
  let analysis: Analysis;
  before(function () {
    needsShared(this, seedArticlePath());
    text = seedText();
    analysis = analyse(text, { articleDate: expected.articleDate });
  });
  const mentionsOf = (kind: string, name: string): Mention[] => analysis.mentions.filter((m) => m.kind === kind && m.text === name);

  for (const name of expected.names) {
    it(`finds ${name.kind} "${name.text}" ×${name.count} as ${name.entity}${name.role ? ` (${name.role})` : ''}`, () => {
      const found = mentionsOf(name.kind, name.text);
      assert.equal(found.length, name.count, `mentions of ${name.kind} "${name.text}"`);
      for (const m of found) {
        assert.equal(text.slice(m.start, m.end), name.text);
        assert.equal(m.entity, name.entity);
      }
      if (name.role) {
        assert.deepEqual(found.map((m) => m.role), [name.role]);
        assert.equal(analysis.entities.find((e) => e.id === name.entity)?.role, name.role);
      }
    });
  }

  it('finds nothing spurious: every person, organization and place is expected or optional', () => {
    const allowed = new Set([...expected.names, ...expected.optionalNames].map((n) => `${n.kind}|${n.text}`));
    const spurious = analysis.mentions.filter((m) => NAME_KINDS.has(m.kind) && !allowed.has(`${m.kind}|${m.text}`));
    assert.deepEqual(spurious.map((m) => `${m.kind} "${m.text}" at ${m.start}`), []);
  });

  it('lets no date or figure overlap a name (the "2" of "Power of Siberia 2" is not a figure)', () => {
    const names = analysis.mentions.filter((m) => NAME_KINDS.has(m.kind));
    const numbers = analysis.mentions.filter((m) => m.kind === 'date' || m.kind === 'figure');
    const clashes = numbers.filter((n) => names.some((m) => m.start < n.end && n.start < m.end));
    assert.deepEqual(clashes.map((m) => `${m.kind} "${m.text}"`), []);
  });

  it('names each entity by its longest full form', () => {
    const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
    assert.equal(names.get('person:li-qiang'), 'Li Qiang');
    assert.equal(names.get('person:mikhail-mishustin'), 'Mikhail Mishustin');
    assert.equal(names.get('person:xi-jinping'), 'Xi Jinping');
  });

  it("finds exactly Li's two quotes, without quotation marks, spoken by Li Qiang", () => {
    const quotes = analysis.mentions.filter((m) => m.kind === 'quote');
    assert.equal(quotes.length, expected.quotes.length);
    expected.quotes.forEach((want, i) => {
      const quote = quotes[i];
      assert.ok(quote.text.startsWith(want.startsWith) && quote.text.endsWith(want.endsWith), `quote ${i}: ${quote.text}`);
      assert.match(text[quote.start - 1], /[“"]/, 'the opening mark is outside the span');
      assert.match(text.slice(quote.end, quote.end + 2), /^,?[”"]/, 'the closing mark (and a comma before it) is outside');
      assert.equal(quote.speaker, want.speaker);
    });
  });
});
