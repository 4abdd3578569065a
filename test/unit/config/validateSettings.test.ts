import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkArticleDate, checkMaxCharacters, checkMaxIndexedFiles, MAX_INDEXED_FILES_DEFAULT, MAX_INDEXED_FILES_MAXIMUM, MAX_CHARACTERS_DEFAULT, MAX_CHARACTERS_MAXIMUM, MAX_CHARACTERS_MINIMUM, SettingWarnings,
} from '../../../src/config/validateSettings';

const REPO_ROOT = join(__dirname, '../../..');
const properties = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).contributes.configuration.properties;

describe('newsLens.workspaceIndex.maxFiles', () => {
  it('accepts a whole number of files in range, and refuses anything else with a warning and the default', () => {
    assert.deepEqual(checkMaxIndexedFiles(250), { value: 250 });
    assert.deepEqual(checkMaxIndexedFiles(undefined), { value: MAX_INDEXED_FILES_DEFAULT });
    for (const bad of [0, -1, 2.5, MAX_INDEXED_FILES_MAXIMUM + 1, '500', Number.NaN]) {
      const checked = checkMaxIndexedFiles(bad);
      assert.equal(checked.value, MAX_INDEXED_FILES_DEFAULT, String(bad));
      assert.match(checked.problem?.message ?? '', /newsLens\.workspaceIndex\.maxFiles .*accepts a whole number of files from 1 to 1,000,000; using the default, 10,000/);
    }
  });

  it('has the same default, minimum and maximum in package.json as at runtime', () => {
    const schema = properties['newsLens.workspaceIndex.maxFiles'];
    assert.deepEqual([schema.default, schema.minimum, schema.maximum, schema.type], [MAX_INDEXED_FILES_DEFAULT, 1, MAX_INDEXED_FILES_MAXIMUM, 'integer']);
  });
});

describe('newsLens.articleDate', () => {
  it('accepts a real calendar date, spaces around it ignored, and empty for none, without a warning', () => {
    assert.deepEqual(checkArticleDate('2025-11-03'), { value: '2025-11-03' });
    assert.deepEqual(checkArticleDate(' 2024-02-29 '), { value: '2024-02-29' });
    for (const empty of ['', '   ', undefined, null]) assert.deepEqual(checkArticleDate(empty), { value: undefined });
  });

  it('refuses "2025-13-45", 2025-02-30 and other non-dates with a warning naming the setting and what it accepts, and uses the default', () => {
    for (const bad of ['2025-13-45', '2025-02-30', '2025-00-10', '3 Nov 2025', 20251103, true]) {
      const checked = checkArticleDate(bad);
      assert.equal(checked.value, undefined, String(bad));
      assert.equal(checked.problem?.setting, 'newsLens.articleDate');
      assert.equal(checked.problem?.value, bad);
      assert.match(checked.problem?.message ?? '', /newsLens\.articleDate/);
      assert.match(checked.problem?.message ?? '', new RegExp(JSON.stringify(bad).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      assert.match(checked.problem?.message ?? '', /accepts a calendar date as YYYY-MM-DD.*or empty; using the default/);
    }
  });

  it('is refused by the Settings editor too when the month or day cannot exist', () => {
    const pattern = new RegExp(properties['newsLens.articleDate'].pattern);
    for (const good of ['', '2025-11-03', '2024-12-31']) assert.ok(pattern.test(good), good);
    for (const bad of ['2025-13-45', '2025-00-01', '2025-01-32', '2025-1-3']) assert.ok(!pattern.test(bad), bad);
  });
});

describe('newsLens.maxCharacters', () => {
  it('accepts a number in range (a fraction rounded down) and uses the default when unset', () => {
    assert.deepEqual(checkMaxCharacters(50_000), { value: 50_000 });
    assert.deepEqual(checkMaxCharacters(1500.7), { value: 1500 });
    assert.deepEqual(checkMaxCharacters(MAX_CHARACTERS_MAXIMUM), { value: MAX_CHARACTERS_MAXIMUM });
    assert.deepEqual(checkMaxCharacters(undefined), { value: MAX_CHARACTERS_DEFAULT });
  });

  it('refuses a huge, tiny, negative or non-number value with a warning giving the range, and uses the default', () => {
    for (const bad of [50_000_000, MAX_CHARACTERS_MAXIMUM + 1, 999, 0, -5, Number.POSITIVE_INFINITY, '100000']) {
      const checked = checkMaxCharacters(bad);
      assert.equal(checked.value, MAX_CHARACTERS_DEFAULT, String(bad));
      assert.equal(checked.problem?.setting, 'newsLens.maxCharacters');
      assert.match(checked.problem?.message ?? '', /newsLens\.maxCharacters .*accepts a number of characters from 1,000 to 1,000,000; using the default, 200,000/);
    }
  });

  it('has the same default, minimum and maximum in package.json as at runtime', () => {
    const schema = properties['newsLens.maxCharacters'];
    assert.deepEqual([schema.default, schema.minimum, schema.maximum], [MAX_CHARACTERS_DEFAULT, MAX_CHARACTERS_MINIMUM, MAX_CHARACTERS_MAXIMUM]);
  });
});

describe('setting warnings', () => {
  it('are shown once per distinct bad value, not at every re-read', () => {
    const warnings = new SettingWarnings();
    const bad = checkMaxCharacters(50_000_000).problem!;
    const otherBad = checkMaxCharacters(5).problem!;
    const badDate = checkArticleDate('2025-13-45').problem!;
    assert.deepEqual(warnings.takeNew([bad, badDate]), [bad, badDate]);
    assert.deepEqual(warnings.takeNew([checkMaxCharacters(50_000_000).problem!, checkArticleDate('2025-13-45').problem!]), []);
    assert.deepEqual(warnings.takeNew([otherBad, bad]), [otherBad]);
  });
});
