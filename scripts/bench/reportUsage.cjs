// Preloaded into each whole-file bench child (`node --require …`): when the process exits, writes its CPU time and
// the high-water mark of its resident memory (getrusage's ru_maxrss: every thread, start-up included) to the file
// NEWSLENS_BENCH_USAGE names. Only the main thread writes it; worker threads inherit the --require too. CommonJS, not
// an ES module: `--import` would load dist/cli.js through the ES module loader, which costs ~0.7 s of start-up.
/* global require, process */
/* eslint-disable @typescript-eslint/no-require-imports */
const { writeFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

if (isMainThread && process.env.NEWSLENS_BENCH_USAGE) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(process.env.NEWSLENS_BENCH_USAGE, JSON.stringify({ maxRSSKB: usage.maxRSS, userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000 }));
  });
}
