// Lint: TypeScript rules everywhere; the engine may import neither `vscode` nor Node built-ins, so it runs in a web worker
// too, and the editor layer no Node built-ins, so the extension runs in browsers.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/engine/**/*.ts', 'src/format/**/*.ts', 'src/corrections/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'The engine knows nothing of VS Code: only offsets cross its boundary.' },
          ...nodeBuiltins.map((name) => ({ name, message: 'The engine runs in browsers too: no Node built-ins.' }))],
      }],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    // What the browser builds reach (dist/web/ and the shared dist/worker.js): the editor layer, the browser entry point
    // and the worker run in a browser's extension host or Web Worker too. Only the desktop's worker port and entry
    // point (and the CLI) may use Node; the shared worker's one guarded `require` of worker_threads is a commented
    // exception in src/worker.ts.
    files: ['src/*.ts', 'src/editor/**/*.ts', 'src/views/**/*.ts', 'src/config/**/*.ts'],
    ignores: ['src/extension.ts', 'src/cli.ts', 'src/editor/nodeWorkerPort.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: nodeBuiltins.map((name) => ({ name, message: 'This code runs in browsers too (vscode.dev): no Node built-ins.' })),
      }],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname', '__filename'],
    },
  },
  {
    // The extension host's layers take only types from the engine (and the pure kind list in engine/types, the check
    // rules' contract, and the workspace index's entry shape with its merge): a value import would pull the tagger
    // models into the extension bundle, which only the worker may carry. Reports in src/format are read by the
    // extension too, so the same holds there.
    files: ['src/editor/**/*.ts', 'src/views/**/*.ts', 'src/config/**/*.ts', 'src/format/**/*.ts', 'src/corrections/**/*.ts', 'src/newsLens.ts', 'src/extension.ts', 'src/webExtension.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{
          regex: '(^|/)engine(/(?!types$|checks/rules$|workspace/articleEntry$).*)?$',
          allowTypeImports: true,
          message: 'Only types (and engine/types, engine/checks/rules and engine/workspace/articleEntry, which load no model) may cross into the extension host: the engine runs in the analysis worker.',
        }],
      }],
    },
  },
  {
    // Build and test scripts run on Node.
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', fetch: 'readonly', Buffer: 'readonly', window: 'readonly', document: 'readonly', getComputedStyle: 'readonly', NodeFilter: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
