// The lint rules that keep the engine where it belongs, tried on code that breaks them: the engine may not import
// vscode or Node built-ins, and the extension host's layers may take only types from the engine (a value import
// would put the tagger models into the extension bundle). Slow tier: loading typescript-eslint takes seconds.
import * as assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';

const repoRoot = resolve(__dirname, '../../..');

/** The messages of the rules named `rule` that lint gives `code` as if it were the file at `file`. */
async function violations(code: string, file: string, rule: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: repoRoot });
  const [result] = await eslint.lintText(code, { filePath: resolve(repoRoot, file) });
  return result.messages.filter((message) => message.ruleId === rule).map((message) => message.message);
}

describe('lint keeps the engine boundary', function () {
  this.timeout(120_000);

  it('refuses a value import of the engine in the editor layer, and allows a type import', async () => {
    assert.equal((await violations("import { analyse } from '../engine';\nexport const run = analyse;\n", 'src/editor/probe.ts', '@typescript-eslint/no-restricted-imports')).length, 1);
    assert.equal((await violations("import { createAnalyser } from '../engine/analyse';\nexport const run = createAnalyser;\n", 'src/views/probe.ts', '@typescript-eslint/no-restricted-imports')).length, 1);
    assert.deepEqual(await violations("import type { Analysis } from '../engine';\nexport type A = Analysis;\n", 'src/editor/probe.ts', '@typescript-eslint/no-restricted-imports'), []);
    assert.deepEqual(await violations("import { FACT_KINDS } from '../engine/types';\nexport const kinds = FACT_KINDS;\n", 'src/config/probe.ts', '@typescript-eslint/no-restricted-imports'), []);
    // The workspace index's entry shape and its merge load no model: the extension host merges entries across articles.
    assert.deepEqual(await violations("import { workspaceEntities } from '../engine/workspace/articleEntry';\nexport const merge = workspaceEntities;\n", 'src/views/probe.ts', '@typescript-eslint/no-restricted-imports'), []);
    assert.equal((await violations("import { packageFindings } from '../engine/checks/packageChecks';\nexport const run = packageFindings;\n", 'src/editor/probe.ts', '@typescript-eslint/no-restricted-imports')).length, 1);
  });

  it('refuses vscode and Node built-ins in the engine', async () => {
    assert.equal((await violations("import * as vscode from 'vscode';\nexport const v = vscode;\n", 'src/engine/probe.ts', 'no-restricted-imports')).length, 1);
    assert.equal((await violations("import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", 'src/engine/probe.ts', 'no-restricted-imports')).length, 1);
  });
});
