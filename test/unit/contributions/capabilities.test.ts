// What package.json declares about untrusted and virtual workspaces, which VS Code enforces from it alone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const REPO_ROOT = join(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

describe('package.json capabilities', () => {
  const untrusted = manifest.capabilities?.untrustedWorkspaces;

  it('runs in an untrusted workspace with only newsLens.maxCharacters restricted (a huge workspace value could hang the analysis)', () => {
    assert.equal(untrusted?.supported, 'limited');
    assert.deepEqual(untrusted.restrictedConfigurations, ['newsLens.maxCharacters']);
  });

  it('restricts only settings News Lens contributes, and names each one in its description and the README settings section', () => {
    const settingsSection = readme.slice(readme.indexOf('### Settings'), readme.indexOf('## The command line'));
    for (const setting of untrusted.restrictedConfigurations as string[]) {
      assert.ok(setting in manifest.contributes.configuration.properties, setting);
      assert.ok(untrusted.description.includes(setting), `description names ${setting}`);
      assert.match(settingsSection, new RegExp(`untrusted workspace[^\\n]*${setting.replace('.', '\\.')}|${setting.replace('.', '\\.')}[^\\n]*untrusted workspace`), `README names ${setting}`);
    }
  });

  it('declares virtual workspaces supported: documents are read through VS Code, never from disk', () => {
    assert.equal(manifest.capabilities.virtualWorkspaces, true);
  });
});
