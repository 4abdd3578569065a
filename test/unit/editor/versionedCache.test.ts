// The per-document cache with the real AnalysisWorker over a gated in-memory worker: the races VS Code can produce
// (a draft closed while its analysis runs, a new draft given the closed one's "Untitled-1", an edit mid-analysis) are
// played out step by step, in a fixed order, so each outcome is certain.
import * as assert from 'node:assert/strict';
import { AnalysisSkippedError, AnalysisWorker } from '../../../src/editor/analysisWorker';
import { VersionedCache } from '../../../src/editor/versionedCache';
import type { Analysis } from '../../../src/engine/types';
import { GatedWorkerPort } from './gatedWorkerPort';

/** An open document as the cache sees it: VS Code's TextDocument has these. */
class FakeDocument {
  isClosed = false;
  constructor(readonly uri: string, public text: string, public version = 1) {}
  getText(): string { return this.text; }
  edit(text: string): void { this.text = text; this.version += 1; }
}

/** The people an analysis found. */
const peopleOf = (analysis: Analysis | undefined) => analysis?.entities.filter((e) => e.kind === 'person').map((e) => e.name);

/** Lets queued promise callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('VersionedCache with a gated analysis worker', () => {
  let port: GatedWorkerPort;
  let worker: AnalysisWorker;
  let cache: VersionedCache<FakeDocument, Analysis>;
  const ids = new WeakMap<FakeDocument, string>();
  let nextId = 1;
  const idOf = (document: FakeDocument) => ids.get(document) ?? (ids.set(document, `${document.uri}#${nextId++}`), ids.get(document) as string);
  let settledFor: { uri: string; people: string[] | undefined }[];

  beforeEach(() => {
    port = new GatedWorkerPort();
    worker = new AnalysisWorker(() => port, 60_000, () => {});
    settledFor = [];
    // What AnalysisCache does: the text is read when the version's analysis starts, and sent with the document's id.
    cache = new VersionedCache<FakeDocument, Analysis>(
      (document, isWanted) => worker.analyse(document.getText(), {}, isWanted, idOf(document)).catch((error: unknown) => {
        if (error instanceof AnalysisSkippedError) return undefined;
        throw error;
      }),
      ({ document, result }) => settledFor.push({ uri: document.uri, people: peopleOf(result) }),
    );
  });
  afterEach(() => worker.dispose());

  it('a draft closed while its analysis runs never lends its result to the new draft that takes its name', async () => {
    const closed = new FakeDocument('untitled:Untitled-1', 'Angela Merkel visited Berlin.');
    const closedRun = cache.request(closed);
    await settle();
    assert.equal(port.pending.length, 1, 'the closed draft\'s analysis did not start');
    closed.isClosed = true;
    cache.forget(closed);
    worker.forget(idOf(closed));
    const draft = new FakeDocument('untitled:Untitled-1', 'Premier Li Qiang met Jonas Berger in Geneva.');
    const draftRun = cache.request(draft);
    await port.release(); // the closed draft's answer arrives first
    assert.equal(await closedRun, undefined, 'a closed draft\'s result was kept');
    assert.equal(cache.get(draft), undefined, 'the new draft shows the closed draft\'s facts');
    await settle();
    await port.release();
    assert.deepEqual(peopleOf(await draftRun), ['Li Qiang', 'Jonas Berger']);
    assert.deepEqual(peopleOf(cache.get(draft)), ['Li Qiang', 'Jonas Berger']);
    assert.deepEqual(settledFor, [{ uri: 'untitled:Untitled-1', people: ['Li Qiang', 'Jonas Berger'] }], 'an event fired for the closed draft');
    assert.deepEqual(port.forgotten, [idOf(closed)], 'the worker was not told to drop the closed draft\'s analyser');
    assert.notEqual(port.analysed[1].document, port.analysed[0].document, 'both drafts shared one incremental analyser');
  });

  it('a draft closed before its queued analysis starts is never analysed', async () => {
    const busy = new FakeDocument('file:///a.news', 'Angela Merkel visited Berlin.');
    void cache.request(busy);
    const closing = new FakeDocument('untitled:Untitled-2', 'Emmanuel Macron stayed in Paris.');
    const closingRun = cache.request(closing);
    await settle();
    closing.isClosed = true;
    cache.forget(closing);
    await port.release();
    assert.equal(await closingRun, undefined);
    await settle();
    assert.equal(port.analysed.length, 1, 'the closed draft was sent to the worker');
  });

  it('an edit during an analysis drops the outdated result, and the new version gets its own', async () => {
    const document = new FakeDocument('file:///a.news', 'Angela Merkel visited Berlin.');
    const first = cache.request(document);
    await settle();
    document.edit('Emmanuel Macron stayed in Paris.');
    const second = cache.request(document);
    await port.release();
    assert.equal(await first, undefined, 'an outdated version\'s result was kept');
    await settle();
    await port.release();
    assert.deepEqual(peopleOf(await second), ['Emmanuel Macron']);
    assert.deepEqual(peopleOf(cache.get(document)), ['Emmanuel Macron']);
  });

  it('analyses each version once, however many ask for it', async () => {
    const document = new FakeDocument('file:///a.news', 'Angela Merkel visited Berlin.');
    const asks = [cache.request(document), cache.request(document), cache.request(document)];
    await settle();
    await port.release();
    const answers = await Promise.all(asks);
    assert.equal(port.analysed.length, 1);
    assert.ok(answers.every((answer) => answer === answers[0] && answer !== undefined));
    assert.equal(await cache.request(document), answers[0], 'a finished version was analysed again');
  });

  it('reports a failed analysis for the version, and the next request tries again', async () => {
    const document = new FakeDocument('file:///a.news', 'Angela Merkel visited Berlin.');
    const failing = cache.request(document);
    await settle();
    await port.release({ error: 'engine exploded' });
    assert.equal(await failing, undefined);
    assert.match(cache.failure(document) ?? '', /engine exploded/);
    const retry = cache.request(document, true);
    await settle();
    await port.release();
    assert.deepEqual(peopleOf(await retry), ['Angela Merkel']);
    assert.equal(cache.failure(document), undefined);
  });
});
