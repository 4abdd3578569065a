// The workspace index's pure parts: the file it is kept in between sessions (a record is fresh while the file's size
// and modification time are the same; another format, version or settings fingerprint is rebuilt; a damaged line only
// costs that file a new read), and which files it reads (folders it never enters, binary and too-long files, a
// file's language from its name, VS Code's globs), and positions from line starts.
import * as assert from 'node:assert/strict';
import { fingerprintOf, headerMatches, indexHeader, isFresh, parseIndex, parseRecordLine, recordLine, type IndexRecord } from '../../../src/editor/workspace/indexFile';
import { decodeArticle, globMatches, isSkippedFolder, languageOfPath, positionIn, walkStep, type LanguageTable } from '../../../src/editor/workspace/pathRules';
import { lineStartsOf } from '../../../src/editor/workerProtocol';

const RECORD: IndexRecord = {
  uri: 'file:///ws/package/main.news', size: 1234, mtime: 1_773_300_000_000, lineStarts: [10, 42],
  entry: {
    path: 'package/main.news', articleDate: { value: '2026-03-12', source: 'dateline' },
    entities: [{ id: 'person:jonas-berger', kind: 'person', name: 'Jonas Berger', age: 45, mentions: 2, first: { start: 12, end: 24 } }],
  },
};

describe('the workspace index file', () => {
  it('reads back what it wrote, under the same fingerprint', () => {
    const fingerprint = fingerprintOf({ maxCharacters: 200_000, version: '0.1.0' });
    const skipped: IndexRecord = { uri: 'file:///ws/logo.md', size: 99, mtime: 5, skipped: 'binary' };
    const text = [indexHeader(fingerprint), recordLine(RECORD), recordLine(skipped)].join('\n');
    assert.deepEqual(parseIndex(text, fingerprint), [RECORD, skipped]);
  });

  it('is rebuilt when the settings it was made with changed, or it is another format or version', () => {
    const made = fingerprintOf({ maxCharacters: 200_000 });
    const now = fingerprintOf({ maxCharacters: 100_000 });
    assert.notEqual(made, now);
    assert.deepEqual(parseIndex([indexHeader(made), recordLine(RECORD)].join('\n'), now), []);
    assert.ok(headerMatches(indexHeader(made), made));
    assert.ok(!headerMatches(JSON.stringify({ format: 'news-lens-workspace-index', version: 999, fingerprint: made }), made));
    assert.ok(!headerMatches('not json', made));
    assert.ok(!headerMatches(undefined, made));
  });

  it('drops a damaged or hand-edited line, so only that file is read again', () => {
    const fingerprint = fingerprintOf({});
    const broken = [indexHeader(fingerprint), recordLine(RECORD).slice(0, 40), JSON.stringify({ ...RECORD, size: -1 }),
      JSON.stringify({ ...RECORD, lineStarts: undefined }), JSON.stringify({ ...RECORD, entry: { ...RECORD.entry, entities: [{ id: 3 }] } }),
      JSON.stringify({ uri: 'file:///x', size: 1, mtime: 1, skipped: 'because' }), recordLine(RECORD)].join('\n');
    assert.deepEqual(parseIndex(broken, fingerprint), [RECORD]);
    assert.equal(parseRecordLine(''), undefined);
  });

  it('keeps a record while the file has the same size and modification time, and not after either changed', () => {
    assert.ok(isFresh(RECORD, { size: 1234, mtime: RECORD.mtime }));
    assert.ok(!isFresh(RECORD, { size: 1235, mtime: RECORD.mtime }), 'a changed size');
    assert.ok(!isFresh(RECORD, { size: 1234, mtime: RECORD.mtime + 1 }), 'a changed modification time');
    assert.ok(!isFresh(undefined, { size: 1234, mtime: RECORD.mtime }), 'no record');
  });
});

describe('which files the workspace index reads', () => {
  const table: LanguageTable = {
    extensions: new Map([['.news', 'news'], ['.md', 'markdown'], ['.txt', 'plaintext'], ['.ts', 'typescript'], ['.d.ts', 'typescript-declaration']]),
    filenames: new Map([['README', 'plaintext']]),
    patterns: [['**/drafts/*.story', 'news'], ['*.wire', 'news']],
  };

  it('never enters node_modules-like or hidden folders', () => {
    for (const name of ['node_modules', 'bower_components', '.git', '.vscode', '__pycache__']) assert.ok(isSkippedFolder(name), name);
    for (const name of ['stories', 'node', 'modules', 'drafts']) assert.ok(!isSkippedFolder(name), name);
  });

  it('never follows a symbolic link, to a file or a folder, and enters other folders', () => {
    const [file, folder, link] = [1, 2, 64];
    assert.equal(walkStep('lead.news', file), 'consider');
    assert.equal(walkStep('package', folder), 'enter');
    assert.equal(walkStep('node_modules', folder), 'skip');
    assert.equal(walkStep('elsewhere', folder | link), 'skip', 'a link to a folder, perhaps outside the workspace');
    assert.equal(walkStep('lead-copy.news', file | link), 'skip', 'a link to a file');
    assert.equal(walkStep('socket', 0), 'skip');
  });

  it('skips binary files and files longer than the character limit, and drops a byte-order mark', () => {
    const utf8 = (text: string) => new TextEncoder().encode(text);
    assert.deepEqual(decodeArticle(utf8('Jonas Berger said.'), 100), { text: 'Jonas Berger said.' });
    assert.deepEqual(decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Zürich')]), 100), { text: 'Zürich' });
    assert.deepEqual(decodeArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), 100), { skipped: 'binary' }, 'a NUL byte');
    assert.deepEqual(decodeArticle(new Uint8Array([0x41, 0xff, 0xfe, 0x41]), 100), { skipped: 'binary' }, 'not UTF-8');
    assert.deepEqual(decodeArticle(utf8('x'.repeat(101)), 100), { skipped: 'too-large' });
    assert.deepEqual(decodeArticle(utf8('é'.repeat(100)), 100), { text: 'é'.repeat(100) }, '200 bytes, 100 characters');
    assert.deepEqual(decodeArticle(utf8('x'.repeat(301)), 100), { skipped: 'too-large' });
  });

  it('gives a file the language of its associations, name or longest extension', () => {
    assert.equal(languageOfPath('/ws/a/story.news', table), 'news');
    assert.equal(languageOfPath('/ws/a/NOTES.MD', table), 'markdown');
    assert.equal(languageOfPath('/ws/a/types.d.ts', table), 'typescript-declaration');
    assert.equal(languageOfPath('/ws/README', table), 'plaintext');
    assert.equal(languageOfPath('/ws/drafts/lead.story', table), 'news', 'a pattern with a folder, on the path');
    assert.equal(languageOfPath('/ws/x/lead.story', table), undefined);
    assert.equal(languageOfPath('/ws/x/feed.wire', table), 'news', 'a pattern without a folder, on the name');
    assert.equal(languageOfPath('/ws/logo.png', table), undefined);
  });

  it('matches VS Code globs against a full path', () => {
    assert.ok(globMatches('**/drafts/**', '/home/desk/drafts/2026/lead.news'));
    assert.ok(!globMatches('**/drafts/**', '/home/desk/published/lead.news'));
    assert.ok(globMatches('**/*.{md,news}', '/ws/a/b.md'));
    assert.ok(globMatches('**/README.md', '/ws/README.md'));
    assert.ok(!globMatches('**/README.md', '/ws/NOTREADME.md'));
    assert.ok(globMatches('/ws/draft?.news', '/ws/draft1.news'));
    assert.ok(globMatches('**/[!.]*.txt', '/ws/plain.txt'));
    assert.ok(!globMatches('*.news', '/ws/a.news'), 'a pattern without ** stays in one segment, as in VS Code');
  });

  it('finds the line and character of an offset from the line starts', () => {
    const text = 'Headline\r\nGENEVA - Jonas\nBerger said.';
    const starts = lineStartsOf(text);
    for (const offset of [0, 5, 8, 10, 19, 25, text.length]) {
      const before = text.slice(0, offset).split(/\r\n|\n|\r/);
      assert.deepEqual(positionIn(starts, offset), { line: before.length - 1, character: before.at(-1)!.length }, `offset ${offset}`);
    }
  });
});
