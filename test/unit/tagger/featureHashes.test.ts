// The fast feature hashes must be exactly the hashes of the feature strings the models were trained on.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { capitalisedInDocument, featureStrings, hashFeature } from '../../../src/engine/tagger/features';
import { baseFeatureHashes } from '../../../src/engine/tagger/featureHashes';
import { splitSentences, tokenize } from '../../../src/engine/tagger/tokenize';
import { REPO_ROOT } from '../cli/runInProcess';

/** The base features' hashes as the strings give them (featureStrings with no name lists has only base features). */
const fromStrings = (words: string[], docCaps: Set<string>): number[][] =>
  words.map((_, i) => featureStrings(words, i, { gazetteer: new Map() }, docCaps).map(hashFeature));

describe('tagger feature hashes', () => {
  it('equal the hashes of the feature strings, token by token, on the sample article and odd input', () => {
    const text = readFileSync(join(REPO_ROOT, 'examples', 'sample-article.news'), 'utf8')
      + '\nALL CAPS LINE HERE\nÉmile Zola, 北京, naïve café — x\u0301 🙂 a\n"Quoted," he said.';
    const sentences = splitSentences(text, tokenize(text)).map((tokens) => tokens.map((t) => t.text));
    const docCaps = capitalisedInDocument(sentences);
    assert.ok(sentences.length > 10, `${sentences.length} sentences`);
    for (const words of [...sentences, ['One'], []]) assert.deepEqual(baseFeatureHashes(words, docCaps), fromStrings(words, docCaps));
  });
});
