import assert from 'node:assert/strict';
import { CORPUS_NAMES, parseArgs } from '../../../scripts/eval/args';

describe('eval: command-line flags', () => {
  it('scores every corpus through the CLI by default', () => {
    const options = parseArgs([]);
    assert.deepEqual(options.corpora, [...CORPUS_NAMES]);
    assert.equal(options.inProcess, false);
    assert.equal(options.jsonOnly, false);
  });

  it('reads --corpus, --limit, --json, --errors and --in-process', () => {
    const options = parseArgs(['--corpus', 'timeml', '--corpus=conll', '--limit', '5', '--json', '--errors', 'e.tsv', '--in-process']);
    assert.deepEqual(options.corpora, ['timeml', 'conll']);
    assert.equal(options.limit, 5);
    assert.equal(options.jsonOnly, true);
    assert.equal(options.errorsFile, 'e.tsv');
    assert.equal(options.inProcess, true);
  });

  it('measures the draft checks only when --checks asks', () => {
    assert.equal(parseArgs([]).checks, false);
    assert.equal(parseArgs(['--checks']).checks, true);
  });

  it('rejects unknown corpora, bad limits and unknown flags', () => {
    assert.throws(() => parseArgs(['--corpus', 'conll2012']), /Unknown corpus/);
    assert.throws(() => parseArgs(['--limit', '0']), /positive whole number/);
    assert.throws(() => parseArgs(['--fast']), /Unknown option/);
  });
});
