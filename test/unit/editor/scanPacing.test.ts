// How the workspace scan paces itself (issue 15): it reads no file while the window is in the background and idle
// (neither focused nor recently used), goes on as soon as it is focused or used again, and a cancelled scan reads no
// more of its files, while files a watcher names are still indexed. The window is a test's own WindowStateSource,
// the reading a FileQueue whose check() records each file it is given, as the index's reads them.
import * as assert from 'node:assert/strict';
import { ActivityGate, type WindowActivity, type WindowStateSource } from '../../../src/editor/workspace/activityGate';
import { FileQueue, type FileOutcome } from '../../../src/editor/workspace/fileQueue';

/** A window whose focus and activity the test sets, telling listeners as VS Code's onDidChangeWindowState does. */
class TestWindow implements WindowStateSource {
  state: WindowActivity;
  private readonly listeners = new Set<(state: WindowActivity) => void>();

  constructor(focused: boolean, active: boolean) {
    this.state = { focused, active };
  }

  onDidChangeState(listener: (state: WindowActivity) => void) {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  set(focused: boolean, active: boolean): void {
    this.state = { focused, active };
    for (const listener of [...this.listeners]) listener(this.state);
  }
}

/** Lets every pending callback run: the queue's loops reach the gate or the end of their files. No timers: each file
 *  takes one turn of the event loop to read. */
async function settle(): Promise<void> {
  for (let i = 0; i < 50; i++) await new Promise((resolve) => setImmediate(resolve));
}

const files = (count: number, prefix = 'story') => Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}.news`);

/** A scan through the gate: what it read (in order), what the progress heard, and a hook run as each file is read. */
function scanWith(window: TestWindow, concurrency = 2) {
  const read: string[] = [];
  const looked: Array<{ outcome: FileOutcome; generation: number | undefined }> = [];
  const heard = { paused: 0, resumed: 0, settled: 0 };
  let onRead: (file: string) => void = () => {};
  const gate = new ActivityGate(window, () => heard.paused++, () => heard.resumed++);
  const queue = new FileQueue<string>({
    concurrency,
    whenActive: () => gate.whenActive(),
    check: async (file) => {
      read.push(file);
      onRead(file);
      await new Promise((resolve) => setImmediate(resolve));
      return 'read';
    },
    looked: (outcome, generation) => looked.push({ outcome, generation }),
    failed: () => assert.fail('no check throws here'),
    settled: () => heard.settled++,
  });
  return { read, looked, heard, gate, queue, whenRead: (hook: (file: string) => void) => { onRead = hook; } };
}

describe('the workspace scan\'s pace', () => {
  it('reads every file, in order, while the window is focused, and settles once', async () => {
    const scan = scanWith(new TestWindow(true, true));
    scan.queue.setScan(1, files(5));
    await scan.queue.idle();
    assert.deepEqual(scan.read, files(5));
    assert.deepEqual(scan.looked.map(({ generation }) => generation), [1, 1, 1, 1, 1]);
    assert.deepEqual(scan.heard, { paused: 0, resumed: 0, settled: 1 });
  });

  it('reads nothing while the window is in the background and idle, and everything once it is focused', async () => {
    const window = new TestWindow(false, false);
    const scan = scanWith(window);
    scan.queue.setScan(1, files(4));
    await settle();
    assert.deepEqual(scan.read, [], 'files read while the window was idle in the background');
    assert.equal(scan.heard.paused, 1, 'the pause was not reported (the progress says "paused while VS Code is in the background")');
    assert.equal(scan.gate.isPaused, true);
    window.set(true, false);
    await scan.queue.idle();
    assert.deepEqual(scan.read, files(4));
    assert.equal(scan.heard.resumed, 1);
  });

  it('stops reading when the window goes idle in the background mid-scan, and goes on when it is used again', async () => {
    const window = new TestWindow(true, true);
    const scan = scanWith(window, 2);
    scan.whenRead((file) => { if (file === 'story-3.news') window.set(false, false); });
    scan.queue.setScan(1, files(10));
    await settle();
    // The file being read when the window went idle, and the one the other loop had started, finish; no other starts.
    assert.ok(scan.read.length >= 3 && scan.read.length <= 4, `read while idle: ${scan.read.join(', ')}`);
    const readWhenIdle = scan.read.length;
    await settle();
    assert.equal(scan.read.length, readWhenIdle, 'the scan went on reading in the background');
    assert.equal(scan.heard.settled, 0, 'the scan said it was done while files were waiting');
    window.set(false, true); // used again without focus (VS Code's `active`): reading goes on
    await scan.queue.idle();
    assert.deepEqual(scan.read, files(10));
    assert.deepEqual(scan.heard, { paused: 1, resumed: 1, settled: 1 });
  });

  it('ignores window changes that leave it idle in the background, and reads on while it is focused but not used', async () => {
    const window = new TestWindow(false, false);
    const scan = scanWith(window);
    scan.queue.setScan(1, files(3));
    await settle();
    window.set(false, false);
    await settle();
    assert.deepEqual(scan.read, [], 'a change to the same idle state let the scan go on');
    window.set(true, false);
    await scan.queue.idle();
    window.set(true, false);
    scan.queue.setScan(2, files(2, 'follow-up'));
    await scan.queue.idle();
    assert.deepEqual(scan.read, [...files(3), ...files(2, 'follow-up')]);
    assert.equal(scan.heard.paused, 1);
  });

  it('reads no more of a cancelled scan\'s files, finishes those under way, and still indexes a file a watcher names', async () => {
    const scan = scanWith(new TestWindow(true, true), 2);
    scan.whenRead((file) => { if (file === 'story-3.news') scan.queue.dropScan(); });
    scan.queue.setScan(1, files(20));
    await scan.queue.idle();
    assert.ok(scan.read.length >= 3 && scan.read.length <= 4, `read after the cancel: ${scan.read.join(', ')}`);
    assert.equal(scan.looked.length, scan.read.length, 'a file under way at the cancel was not finished');
    const readAtCancel = scan.read.length;
    await settle();
    assert.equal(scan.read.length, readAtCancel, 'the cancelled scan went on');
    scan.queue.add('changed', 'changed.news');
    await scan.queue.idle();
    assert.deepEqual(scan.read.slice(readAtCancel), ['changed.news']);
    assert.equal(scan.looked.at(-1)?.generation, undefined, 'a watcher\'s file was counted as the scan\'s');
    // Rescan: a new scan reads the files again (the index skips those unchanged since it read them).
    scan.whenRead(() => {});
    scan.queue.setScan(2, files(20));
    await scan.queue.idle();
    assert.equal(scan.read.length, readAtCancel + 1 + 20);
  });

  it('reads a file a watcher names before the scan\'s next files, once however often it changes meanwhile', async () => {
    const scan = scanWith(new TestWindow(true, true), 1);
    scan.whenRead((file) => {
      if (file !== 'story-1.news') return;
      scan.queue.add('changed', 'changed.news');
      scan.queue.add('changed', 'changed.news');
    });
    scan.queue.setScan(1, files(3));
    await scan.queue.idle();
    assert.deepEqual(scan.read, ['story-1.news', 'changed.news', 'story-2.news', 'story-3.news']);
  });

  it('lets loops waiting for the window go when the index is disposed, reading nothing more', async () => {
    const window = new TestWindow(false, false);
    const scan = scanWith(window);
    scan.queue.setScan(1, files(3));
    await settle();
    scan.queue.stop();
    scan.gate.dispose();
    await settle();
    window.set(true, true);
    await settle();
    assert.deepEqual(scan.read, []);
    assert.equal(scan.heard.resumed, 0, 'a disposed scan reported that it went on');
  });
});
