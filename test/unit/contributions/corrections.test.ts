// The correction commands in package.json: titled "Not a Person"-style, in the palette only with an article open, in
// a Facts row's context menu only where they apply to the row's kind, the hover's links among them, and the
// corrections file's schema shipped and matched to .newslens.json.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionsFor, CORRECTION_ACTIONS } from '../../../src/editor/correctionActions';
import { FACT_KINDS } from '../../../src/engine/types';

const root = join(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The commands the Facts tree's context menu shows on a row of this kind (contextValue "newsLens.fact.<kind>"). */
function menuFor(kind: string): string[] {
  const menu: { command: string; when: string }[] = manifest.contributes.menus['view/item/context'];
  return menu.filter((item) => {
    const pattern = /viewItem =~ \/(.*)\/$/.exec(item.when)?.[1];
    return item.when.includes('view == newsLens.facts') && pattern !== undefined && new RegExp(pattern).test(`newsLens.fact.${kind}`);
  }).map((item) => item.command);
}

describe('correction commands in package.json', () => {
  it('contributes every correction command with a title, in the palette only with an article open', () => {
    const commands = new Map<string, { title: string; category: string }>(manifest.contributes.commands.map((c: { command: string; title: string; category: string }) => [c.command, c]));
    const palette = new Map<string, string>(manifest.contributes.menus.commandPalette.map((item: { command: string; when: string }) => [item.command, item.when]));
    assert.deepEqual(CORRECTION_ACTIONS.map((action) => commands.get(action.command)?.title), [
      'Not a Person', 'Not an Organization', 'Not a Place', 'This Is a Person', 'This Is an Organization', 'This Is a Place', 'Not a Fact', 'Same As…']);
    for (const action of CORRECTION_ACTIONS) {
      assert.equal(commands.get(action.command)?.category, 'News Lens');
      assert.equal(palette.get(action.command), 'newsLens.activeArticle', action.command);
    }
    assert.equal(commands.get('newsLens.undoCorrection')?.title, 'Undo Last Correction');
    assert.equal(palette.get('newsLens.undoCorrection'), 'newsLens.canUndoCorrection');
  });

  it('offers on each Facts row the corrections of its kind, as the hover card does', () => {
    for (const kind of FACT_KINDS) assert.deepEqual(menuFor(kind), actionsFor(kind).map((action) => action.command), kind);
    assert.deepEqual(menuFor('person'), ['newsLens.correct.notPerson', 'newsLens.correct.isOrganization', 'newsLens.correct.isPlace', 'newsLens.correct.notAFact', 'newsLens.correct.sameAs']);
    assert.deepEqual(menuFor('date'), ['newsLens.correct.notAFact']);
    assert.deepEqual(menuFor('quote'), []);
  });

  it('ships the corrections file\'s JSON schema for .newslens.json', () => {
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.newslens.json', url: './schemas/newslens.schema.json' }]);
    assert.ok(existsSync(join(root, 'schemas/newslens.schema.json')));
    assert.match(readFileSync(join(root, '.vscodeignore'), 'utf8'), /^!schemas\/\*\*$/m);
  });
});
