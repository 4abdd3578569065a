import * as assert from 'node:assert/strict';
import { splitSentences, tokenize } from '../../../src/engine/tagger/tokenize';

describe('tagger tokenizer', () => {
  it('splits news text the way the corpora do', () => {
    const words = tokenize("The U.S. didn't pay $40 to Reuters' Mr. Smith (Reuters).").map((t) => t.text);
    assert.deepEqual(words, ['The', 'U.S.', 'did', "n't", 'pay', '$', '40', 'to', 'Reuters', "'", 'Mr.', 'Smith', '(', 'Reuters', ')', '.']);
  });
  it('keeps abbreviations, Penn Treebank brackets and possessives as the corpora tokenise them', () => {
    const words = tokenize("Chrysler Corp.'s plan -LRB- Hong Kong -RRB- Ltd. in Calif. and England's team.").map((t) => t.text);
    assert.deepEqual(words, ['Chrysler', 'Corp.', "'s", 'plan', '-LRB-', 'Hong', 'Kong', '-RRB-', 'Ltd.', 'in', 'Calif.', 'and', 'England', "'s", 'team', '.']);
  });
  it('keeps exact UTF-16 offsets across emoji and CRLF', () => {
    const text = 'Hi 👍 Li Qiang\r\nmet 1,200 people.';
    for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
    assert.ok(tokenize(text).some((t) => t.text === '👍'));
    assert.ok(tokenize(text).some((t) => t.text === '1,200'));
  });
  it('offsets inside a span point into the whole text', () => {
    const text = 'Skip this. Vladimir Putin spoke.';
    const tokens = tokenize(text, { start: 11, end: text.length });
    assert.equal(tokens[0].text, 'Vladimir');
    assert.equal(tokens[0].start, 11);
  });
  it('splits sentences at line breaks and full stops before capitals', () => {
    const text = 'Putin spoke. Li Qiang listened\nNew line';
    assert.equal(splitSentences(text, tokenize(text)).length, 3);
  });
});
