import * as assert from 'node:assert/strict';
import { LEAN_FROM_CHARS, leanSwitch } from '../../../src/cli/leanMemory';

describe('a lean heap for huge texts', () => {
  it('is switched on once, by the first text of a million characters or more, and never by ordinary articles', () => {
    const flags: string[] = [];
    const lean = leanSwitch((flag) => flags.push(flag));
    for (const chars of [0, 6_000, 200_000, LEAN_FROM_CHARS - 1]) lean(chars);
    assert.deepEqual(flags, []);
    lean(LEAN_FROM_CHARS);
    lean(6_400_000);
    assert.deepEqual(flags, ['--optimize-for-size']);
  });
});
