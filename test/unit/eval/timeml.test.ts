import assert from 'node:assert/strict';
import { parseTimemlDocument } from '../../../scripts/eval/readers/timeml';
import { scoreTimexDocument } from '../../../scripts/eval/evaluateTimex';
import type { Mention } from '../../../src/engine/index';

const SAMPLE = `<?xml version="1.0" ?>
<TimeML><DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08T18:30" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>, <SIGNAL sid="s1">after</SIGNAL> a <TIMEX3 tid="t2" type="DURATION" value="P5Y">five year</TIMEX3> low &lt;sic&gt; in <TIMEX3 tid="t3" type="DATE" value="1997-12">December</TIMEX3>.
</TEXT></TimeML>`;

describe('eval: TimeML documents', () => {
  const document = parseTimemlDocument('X1', SAMPLE);

  it('sends the TEXT content with inline tags stripped and characters decoded, and the DCT as the date', () => {
    assert.equal(document.text, '\nAT&T fell yesterday, after a five year low <sic> in December.\n');
    assert.equal(document.date, '1998-01-08');
  });

  it('keeps each TIMEX3 at its exact characters with its type and value', () => {
    assert.deepEqual(document.gold.map((g) => [document.text.slice(g.start, g.end), g.tag, g.value]), [
      ['yesterday', 'DATE', '1998-01-07'], ['five year', 'DURATION', 'P5Y'], ['December', 'DATE', '1997-12'],
    ]);
  });

  it('scores strict, relaxed and value matches of date mentions', () => {
    const at = (piece: string, value: string): Mention => ({ kind: 'date', start: document.text.indexOf(piece), end: document.text.indexOf(piece) + piece.length, text: piece, value });
    const mentions = [at('yesterday', '1998-01-07'), at('a five year low', 'P5Y'), at('December', '1998-12'), at('AT&T', 'XXXX')];
    const { counts, errors } = scoreTimexDocument(document, mentions);
    assert.deepEqual(counts.strict, { gold: 3, predicted: 4, correct: 2 });
    assert.deepEqual(counts.relaxed, { gold: 3, predicted: 4, correct: 3 });
    assert.equal(counts.rightValue, 2);
    assert.deepEqual(errors.filter((e) => e.type === 'VALUE').map((e) => e.text), ['December']);
  });
});
