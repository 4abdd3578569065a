// The hover card's document text: escaped so a draft can never put a link, an image, HTML, a heading or a list in the
// card, and written with ordinary spaces, so a long quote wraps between words (appendText's &nbsp; broke it mid-word).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { commandLink, escapeMarkdown, quoteBlock } from '../../../src/editor/hoverMarkdown';

/** What a Markdown renderer shows for escaped text: each backslash-escaped ASCII punctuation character as itself. */
const unescaped = (markdown: string): string => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('escapeMarkdown', () => {
  it('shows a command link, an image, HTML and an entity as written, none of them live', () => {
    const text = 'Click [here](command:workbench.action.quit) ![x](https://e.invalid/x.png) <img src=x> &amp; now';
    const markdown = escapeMarkdown(text);
    assert.equal(unescaped(markdown), text);
    assert.doesNotMatch(markdown, /(?<!\\)[[\]()<>&]/, markdown);
    assert.doesNotMatch(markdown, /https:\/\//, 'an autolink would still be found');
  });

  it('cannot open a heading, a list, a quote or a table, and writes no line breaks', () => {
    for (const text of ['# Not a heading', '- not a list', '1. not a list', '> not a quote', '| a | b |', 'line one\n\n# two']) {
      const markdown = escapeMarkdown(text);
      assert.doesNotMatch(markdown, /^[#>|-]|^\d+\.|\n/, `${JSON.stringify(text)} -> ${markdown}`);
    }
  });

  it('escapes every Markdown character of any text and loses none of it (whitespace collapsed, control characters replaced)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      const markdown = escapeMarkdown(text);
      // Once each escape pair is taken out, no character Markdown reads as syntax is left.
      assert.doesNotMatch(markdown.replace(/\\[!-/:-@[-`{-~]/g, ''), /[\\`*_{}[\]()#+\-.!~|<>&:=$^@"]/);
      const expected = text.replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD').trim(); // eslint-disable-line no-control-regex
      assert.equal(unescaped(markdown), expected);
      assert.ok(!markdown.includes('&nbsp;'));
    }));
  });
});

describe('quoteBlock', () => {
  const quote = '"Every town in these valleys drinks from ice that will not come back, and we are buying time with this money," Marchetti said.';

  it('is a blockquote of one line with ordinary spaces, so it wraps between words, never as "this m / oney"', () => {
    const block = quoteBlock(quote);
    assert.ok(block.startsWith('> \\"Every town in these valleys'), block);
    assert.ok(block.includes('buying time with this money,\\"'), block);
    assert.ok(!block.includes('&nbsp;') && !/ {2}\n/.test(block), 'hard spaces or hard line breaks in the quote');
    assert.equal(block.trimEnd().split('\n').length, 1);
    assert.ok(block.endsWith('\n\n'), 'what follows the quote would be drawn inside it');
  });

  it('joins a quote\'s wrapped lines and keeps its paragraphs apart', () => {
    assert.equal(quoteBlock('"We will\n   build it,\r\nand soon.\n\nNext year we start."'), '> \\"We will build it, and soon\\.\n>\n> Next year we start\\.\\"\n\n');
  });

  it('escapes the quote: a command link in it stays text', () => {
    const block = quoteBlock('“Click [here](command:workbench.action.quit) now”');
    assert.ok(block.includes('\\[here\\]\\(command\\:workbench\\.action\\.quit\\)'), block);
  });

  it('cuts a long quote at a word, with an ellipsis', () => {
    const block = quoteBlock(`${'word '.repeat(200)}end`, 100);
    assert.match(block, /^> (word ){19}word…\n\n$/);
  });
});

describe('commandLink', () => {
  it('encodes its arguments as URI-encoded JSON, parentheses included, so the link cannot end early', () => {
    const link = commandLink('Go to first mention', 'newsLens.goToFirstMention', [{ uri: 'file:///a (1).news', offset: 3, kind: 'person' }], 'News Lens: "go"');
    const match = /^\[Go to first mention\]\(command:newsLens\.goToFirstMention\?([^ )]+) "News Lens: go"\)$/.exec(link);
    assert.ok(match, link);
    assert.deepEqual(JSON.parse(decodeURIComponent(match[1])), [{ uri: 'file:///a (1).news', offset: 3, kind: 'person' }]);
  });
});
