// Each kind is told apart by more than its hue, a user's colours replace the theme's where set, and a bad colour in
// newsLens.highlight.styles is named and left out rather than painted or thrown.
import * as assert from 'node:assert/strict';
import { FACT_KINDS } from '../../../src/engine/types';
import { highlightPaint, KIND_MARKS, readHighlightStyles } from '../../../src/editor/highlightShapes';

describe('highlight shapes', () => {
  it('give every kind a mark of its own, so no two kinds differ by colour alone', () => {
    const marks = FACT_KINDS.map((kind) => {
      const paint = highlightPaint(kind);
      return JSON.stringify([paint.borderStyle ?? 'none', paint.borderWidth ?? '0', paint.borderRadius]);
    });
    assert.equal(new Set(marks).size, FACT_KINDS.length, marks.join(' | '));
    assert.equal(new Set(FACT_KINDS.map((kind) => KIND_MARKS[kind].legend)).size, FACT_KINDS.length);
  });

  it('frame the kinds that are not boxed already, in the theme colour that only the high-contrast themes make visible', () => {
    for (const kind of ['person', 'organization', 'date', 'quote'] as const) {
      assert.deepEqual(highlightPaint(kind).outlineColor, { themeColour: `newsLens.${kind}Frame` }, kind);
    }
    for (const kind of ['place', 'figure'] as const) assert.equal(highlightPaint(kind).outlineColor, undefined, kind);
  });

  it('paint with the theme colours by default, and with the user\'s colours where newsLens.highlight.styles sets them', () => {
    assert.deepEqual(highlightPaint('date').backgroundColor, { themeColour: 'newsLens.dateBackground' });
    assert.deepEqual(highlightPaint('date').borderColor, { themeColour: 'newsLens.dateBorder' });
    assert.deepEqual(highlightPaint('figure').color, { themeColour: 'editor.foreground' }, 'text in the colour the palette is measured against');
    const mine = highlightPaint('person', { fill: '#FFB86C55', underline: '#FFB86C', border: 'red', color: 'rgb(10, 20, 30)' });
    assert.deepEqual(mine.backgroundColor, { css: '#FFB86C55' });
    assert.deepEqual([mine.borderStyle, mine.borderWidth, mine.borderColor], ['none none solid none', '0 0 2px 0', { css: '#FFB86C' }]);
    assert.deepEqual([mine.outlineStyle, mine.outlineColor], ['solid', { css: 'red' }]);
    assert.deepEqual(mine.color, { css: 'rgb(10, 20, 30)' });
    const quote = highlightPaint('quote', { fill: '#00000000' });
    assert.deepEqual(quote.borderColor, { themeColour: 'newsLens.quoteBorder' }, 'a fill alone keeps the kind\'s mark');
  });

  it('keep valid colours, and name each value they leave out', () => {
    const { styles, problems } = readHighlightStyles({
      person: { fill: '#FFB86C55', underline: 'not a colour' },
      planet: { fill: '#fff' },
      date: 'blue',
      figure: { glow: '#fff', border: ' #00ff00 ' },
    }, FACT_KINDS);
    assert.deepEqual(styles, { person: { fill: '#FFB86C55' }, figure: { border: '#00ff00' } });
    assert.equal(problems.length, 4, problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('person.underline') && p.includes('"not a colour"')), problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('"planet" is not a kind')));
    assert.ok(problems.some((p) => p.includes('styles.date must be an object')));
    assert.ok(problems.some((p) => p.includes('"glow" is not one of')));
    assert.deepEqual(readHighlightStyles(undefined, FACT_KINDS), { styles: {}, problems: [] });
    assert.equal(readHighlightStyles(['#fff'], FACT_KINDS).problems.length, 1);
  });
});
