// The news grammar scopes a draft's structure: headline, dateline parts, byline, credit line, quotations.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './support';

interface Token { startIndex: number; endIndex: number; scopes: string[] }
interface Grammar { tokenizeLine(line: string, state: unknown): { tokens: Token[]; ruleStack: unknown } }

/** Loads the contributed grammar with the TextMate engine this VS Code itself ships. */
async function loadNewsGrammar(): Promise<{ grammar: Grammar; initial: unknown }> {
  const fromVscode = createRequire(path.join(vscode.env.appRoot, 'package.json'));
  const textmate = fromVscode('vscode-textmate');
  const oniguruma = fromVscode('vscode-oniguruma');
  const wasm = fs.readFileSync(path.join(path.dirname(fromVscode.resolve('vscode-oniguruma')), 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  const contributed = extension.packageJSON.contributes.grammars.find((entry: { language: string }) => entry.language === 'news');
  const grammarPath = path.join(extension.extensionPath, contributed.path);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async () => textmate.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath),
  });
  return { grammar: await registry.loadGrammar(contributed.scopeName), initial: textmate.INITIAL };
}

/** The scopes of each piece of text, line by line, e.g. { "BEIJING": "meta.dateline.news entity.name.place…" }. */
function scopesOf(grammar: Grammar, initial: unknown, lines: string[]): Map<string, string>[] {
  let state = initial;
  return lines.map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return new Map(result.tokens.map((token) => [line.slice(token.startIndex, token.endIndex).trim(), token.scopes.join(' ')]));
  });
}

describe('news grammar', () => {
  let grammar: Grammar;
  let initial: unknown;

  before(async () => {
    ({ grammar, initial } = await loadNewsGrammar());
  });

  it('scopes the headline, dateline, byline, credits and quotations', () => {
    const [headline, dateline, byline, caps, credit] = scopesOf(grammar, initial, [
      'Harbour council approves ferry line',
      'OSLO, March 4 (Newsroom) - The council said “yes” and "no".',
      'By Erik Dahl',
      'A NEW ROUTE',
      '(Reporting by Erik Dahl; Editing by Mona Berg)',
    ]);
    assert.match(headline.get('Harbour council approves ferry line') ?? '', /markup\.heading\.news/);
    assert.match(dateline.get('OSLO') ?? '', /meta\.dateline\.news .*place/);
    assert.match(dateline.get('March 4') ?? '', /meta\.dateline\.news .*date/);
    assert.match(dateline.get('(Newsroom)') ?? '', /meta\.dateline\.news .*agency/);
    assert.match(dateline.get('yes') ?? '', /string\.quoted\.double\.news/);
    assert.match(dateline.get('no') ?? '', /string\.quoted\.double\.news/);
    assert.doesNotMatch(dateline.get('The council said') ?? '', /string|heading/);
    assert.match(byline.get('Erik Dahl') ?? '', /meta\.byline\.news/);
    assert.match(caps.get('A NEW ROUTE') ?? '', /markup\.heading\.news/);
    assert.match(credit.get('Reporting by') ?? '', /meta\.credit\.news/);
    assert.match(credit.get('Mona Berg') ?? '', /meta\.credit\.news/);
  });

  it('does not take an ordinary sentence after the first line for a headline', () => {
    const [, sentence] = scopesOf(grammar, initial, ['Headline here', 'U.S. officials met on Monday.']);
    assert.doesNotMatch([...sentence.values()].join(' '), /heading|dateline/);
  });

  it('colours the draft checks\' inline switches as comments, and no other line that mentions them', () => {
    const [, disable, enable, prose] = scopesOf(grammar, initial, ['Headline here', '// newslens-disable weekday-date',
      'Text <!-- newslens-enable --> goes on.', 'The editor wrote // newslens-disable in the margin.']);
    assert.match(disable.get('newslens-disable') ?? '', /comment\.line\..*keyword\.other\.newslens-switch/);
    assert.match(enable.get('newslens-enable') ?? '', /comment\.block\..*keyword\.other\.newslens-switch/);
    assert.doesNotMatch([...prose.values()].join(' '), /comment\.line/);
  });
});
