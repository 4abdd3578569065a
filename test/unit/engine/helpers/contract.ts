// The checks every analysis must pass whatever the input: offsets exact, order kept, every mention in one entity.
import * as assert from 'node:assert/strict';
import type { Analysis } from '../../../../src/engine';

/** Asserts the contract of `analysis` for `input`. */
export function assertContract(input: string, analysis: Analysis): void {
  assert.ok(analysis.analysedChars <= input.length);
  let previous = -1;
  for (const m of analysis.mentions) {
    assert.equal(m.text, input.slice(m.start, m.end), `mention ${m.kind} at ${m.start}`);
    assert.ok(m.start < m.end && m.end <= analysis.analysedChars, `span ${m.start}-${m.end}`);
    assert.ok(m.start >= previous, 'mentions are in document order');
    assert.equal(m.text.trim(), m.text, 'no surrounding whitespace');
    assert.ok(m.entity, 'every mention has an entity');
    previous = m.start;
  }
  const listed = analysis.entities.flatMap((e) => e.mentions.map((i) => analysis.mentions[i].entity === e.id));
  assert.equal(listed.length, analysis.mentions.length);
  assert.ok(listed.every(Boolean));
}
