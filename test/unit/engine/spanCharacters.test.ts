// The character tests the name rules ask of every name before slicing it must answer as the regexes they stand for.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { hasAsciiLowerCase, hasDash, hasSpace, hasWhitespace } from '../../../src/engine/text/characters';

const pieces = ['a', 'Z', 'é', 'É', ' ', '\t', '\u00a0', '\u2003', '\n', '-', '–', '—', '‐', 'ß', 'ǅ', '1', '.', '😀', 'Ω', 'ω'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((chars) => chars.join(''));

describe('span characters', () => {
  it('answer as /[a-z]/, /\\s/, /[-–—]/ and includes(" ") do on the span, and as "not in capitals" needs', () => {
    fc.assert(fc.property(text, fc.nat(40), fc.nat(40), (written, a, b) => {
      const [start, end] = [Math.min(a, b, written.length), Math.min(Math.max(a, b), written.length)];
      const span = written.slice(start, end);
      assert.equal(hasAsciiLowerCase(written, start, end), /[a-z]/.test(span));
      assert.equal(hasWhitespace(written, start, end), /\s/.test(span));
      assert.equal(hasDash(written, start, end), /[-–—]/.test(span));
      assert.equal(hasSpace(written, start, end), span.includes(' '));
      if (hasAsciiLowerCase(written, start, end)) assert.notEqual(span.toUpperCase(), span);
    }), { numRuns: 3000 });
  });
});
