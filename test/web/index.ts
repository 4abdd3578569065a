// The mocha loader the web extension host runs (@vscode/test-web's extensionTestsPath = out/test/web/index.js,
// one browser bundle): mocha first, then the tests, then `run()` when the host calls it.
import { MARK, oneLine } from './setupMocha';
import './webExtension.test';
import './corrections.test';
import './workspaceIndex.test';

/** Entry point called by VS Code's web extension host; rejects when any test fails. */
export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed.`)) : resolve()));
    } catch (error) {
      console.log(`${MARK} FAIL loading the suite: ${oneLine(String(error))}`);
      console.log(`${MARK} DONE passed=0 failed=1`);
      reject(error);
    }
  });
}
