// What crosses between the worker and the extension host: offsets go over, each mention's wording is sliced again on
// arrival, and the editor sends only the part of a long document that can be analysed.
import * as assert from 'node:assert/strict';
import { serialize } from 'node:v8';
import { analyse } from '../../../src/engine';
import { fromWire, toWire } from '../../../src/editor/workerProtocol';

const article = 'GENEVA, Nov 3 (Reuters) - Premier Li Qiang met Jonas Berger of Helvetia Hydro on Monday. "We agreed," Li said. Shares rose 3.5%.\n';

describe('worker messages', () => {
  it('an analysis sent as offsets comes back with every mention\'s wording, exactly as the engine gave it', () => {
    const analysis = analyse(article, { today: '2025-11-03' });
    assert.ok(analysis.mentions.length > 5);
    const wire = toWire(analysis);
    assert.ok(wire.mentions.every((mention) => !('text' in mention)), 'the wording still travels with the offsets');
    assert.deepEqual(fromWire(wire, article), analysis);
  });

  it('the answer for a long article is smaller without the wording', () => {
    const long = article.repeat(Math.ceil(20_000 / article.length)).slice(0, 20_000);
    const analysis = analyse(long, { today: '2025-11-03' });
    const withText = serialize({ id: 1, analysis }).length;
    const offsetsOnly = serialize({ id: 1, analysis: toWire(analysis) }).length;
    assert.ok(offsetsOnly < withText * 0.9, `${offsetsOnly} bytes is not much less than ${withText}`);
  });

  it('analysing the first maxChars + 1 characters with totalChars gives what the whole text gives', () => {
    const whole = article.repeat(40);
    const maxChars = 2_000;
    const full = analyse(whole, { maxChars, today: '2025-11-03' });
    const part = analyse(whole.slice(0, maxChars + 1), { maxChars, totalChars: whole.length, today: '2025-11-03' });
    assert.deepEqual(part, full);
    assert.match(part.warnings.join('\n'), new RegExp(`of ${whole.length} characters`));
  });
});
