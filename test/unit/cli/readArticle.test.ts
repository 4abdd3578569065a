import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeArticle, readArticle } from '../../../src/cli/readArticle';

describe('decodeArticle', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it('drops a UTF-8 byte order mark so offsets count from the first character of text', () => {
    assert.deepEqual(decodeArticle(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Li Qiang')])), { ok: true, text: 'Li Qiang' });
  });

  it('keeps CRLF and non-ASCII text exactly', () => {
    assert.deepEqual(decodeArticle(utf8('Zürich\r\n😀 Li')), { ok: true, text: 'Zürich\r\n😀 Li' });
  });

  it('calls text with NUL bytes or invalid UTF-8 binary', () => {
    for (const bytes of [Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x14]), Uint8Array.from([0x41, 0xff, 0xfe, 0x42]), Uint8Array.from([0xc3])]) {
      const result = decodeArticle(bytes);
      assert.equal(result.ok, false);
      assert.match((result as { reason: string }).reason, /^binary file, not annotated/);
    }
  });

  it('reads an empty file as empty text', () => {
    assert.deepEqual(decodeArticle(new Uint8Array()), { ok: true, text: '' });
  });
});

describe('readArticle', () => {
  let folder: string;
  before(() => { folder = mkdtempSync(join(tmpdir(), 'newslens-read-')); });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('explains a missing file and a directory instead of throwing', async () => {
    assert.deepEqual(await readArticle(join(folder, 'missing.txt')), { ok: false, reason: 'no such file' });
    assert.deepEqual(await readArticle(folder), { ok: false, reason: 'is a directory, not a file' });
  });

  it('reads a file written to disk', async () => {
    writeFileSync(join(folder, 'a.news'), 'GENEVA, March 12 - Hello.');
    utimesSync(join(folder, 'a.news'), new Date(2025, 10, 3, 9, 30), new Date(2025, 10, 3, 9, 30));
    assert.deepEqual(await readArticle(join(folder, 'a.news')), { ok: true, text: 'GENEVA, March 12 - Hello.', modifiedDay: '2025-11-03' });
  });
});
