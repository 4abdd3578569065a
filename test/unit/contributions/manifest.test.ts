// What package.json contributes that VS Code reads from the manifest alone: narrow activation events, a theme colour per
// kind, documented settings, keybindings for the highlight toggles. Plain Node: no VS Code is needed to read them (the
// extension-host suite keeps what needs one: the extension activating, its commands registered, the walkthrough run).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECK_RULES, DEFAULT_SEVERITY, OFF_BY_DEFAULT } from '../../../src/engine/checks/rules';
import { FACT_KINDS } from '../../../src/engine/types';

const manifest = JSON.parse(readFileSync(join(__dirname, '../../..', 'package.json'), 'utf8'));
const readme = readFileSync(join(__dirname, '../../..', 'README.md'), 'utf8');

describe('package.json contributions', () => {
  it('declares narrow activation events (never "*" or onStartupFinished)', () => {
    const events: string[] = manifest.activationEvents ?? [];
    assert.ok(events.length > 0, 'no activation events');
    assert.ok(!events.includes('*'), `activation events: ${events.join(', ')}`);
    assert.ok(!events.includes('onStartupFinished'), `activation events: ${events.join(', ')}`);
  });

  it('contributes a background and a ruler colour per kind, with a default for every theme kind', () => {
    const colours = new Map<string, { defaults: Record<string, string> }>(manifest.contributes.colors.map((colour: { id: string; defaults: Record<string, string> }) => [colour.id, colour]));
    for (const kind of FACT_KINDS) {
      for (const id of [`newsLens.${kind}Background`, `newsLens.${kind}Ruler`]) {
        const colour = colours.get(id);
        assert.ok(colour, `missing colour ${id}`);
        for (const theme of ['dark', 'light', 'highContrast', 'highContrastLight']) assert.match(colour.defaults[theme] ?? '', /^#[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$/, `${id} ${theme}`);
      }
    }
  });

  it('has one setting per draft check, off/hint/information/warning, defaulting to the rule\'s own severity (off for those off by default)', () => {
    const properties = manifest.contributes.configuration.properties;
    for (const rule of CHECK_RULES) {
      const setting = properties[`newsLens.checks.${rule}`];
      assert.ok(setting, `no newsLens.checks.${rule}`);
      assert.deepEqual(setting.enum, ['off', 'hint', 'information', 'warning'], rule);
      assert.equal(setting.default, OFF_BY_DEFAULT.has(rule) ? 'off' : DEFAULT_SEVERITY[rule], rule);
    }
    assert.equal(properties['newsLens.checks.enabled']?.default, true);
    assert.deepEqual(properties['newsLens.checks.numeralStyle']?.enum, ['ap', 'chicago', 'off']);
  });

  it('documents every setting with a markdownDescription', () => {
    const properties: Record<string, { markdownDescription?: string }> = manifest.contributes.configuration.properties;
    assert.ok(Object.keys(properties).length > 0, 'no settings');
    assert.deepEqual(Object.entries(properties).filter(([, schema]) => !schema.markdownDescription).map(([key]) => key), []);
  });

  it('has the quiet defaults\' settings, each in the README\'s settings table: minor figures off, ruler marks for the cursor\'s entity', () => {
    const properties = manifest.contributes.configuration.properties;
    assert.equal(properties['newsLens.highlight.minorFigures']?.type, 'boolean');
    assert.equal(properties['newsLens.highlight.minorFigures']?.default, false);
    assert.deepEqual(properties['newsLens.overviewRuler']?.enum, ['cursor', 'all', 'off']);
    assert.equal(properties['newsLens.overviewRuler']?.default, 'cursor');
    const settingsSection = readme.slice(readme.indexOf('### Settings'), readme.indexOf('## The command line'));
    for (const key of ['newsLens.highlight.minorFigures', 'newsLens.overviewRuler']) assert.ok(settingsSection.includes(`| \`${key}\` |`), `README settings table lacks ${key}`);
  });

  it('offers "Open Sample Article" in the Facts view\'s empty state, a command News Lens contributes', () => {
    const welcome: { view: string; when: string; contents: string }[] = manifest.contributes.viewsWelcome;
    const empty = welcome.find((entry) => entry.view === 'newsLens.facts' && entry.when.startsWith('!newsLens.activeArticle'));
    assert.ok(empty, 'no empty state for the Facts view');
    // A link alone on its line is drawn as a button.
    assert.ok(empty.contents.split('\n').includes('[Open Sample Article](command:newsLens.openSampleArticle)'), empty.contents);
    assert.ok(manifest.contributes.commands.some((command: { command: string }) => command.command === 'newsLens.openSampleArticle'));
  });

  it('binds keys to Toggle All Highlights and each kind\'s toggle', () => {
    const bound = (manifest.contributes.keybindings as { command: string; key: string }[]).filter((binding) => binding.key).map((binding) => binding.command);
    for (const command of ['newsLens.toggleAll', ...FACT_KINDS.map((kind) => `newsLens.toggle.${kind}`)]) {
      assert.ok(bound.includes(command), `no keybinding for ${command}`);
    }
  });
});
