// Reads the counts back out of a text report, so tests can check the "Found:" line, headings and lines agree.
import assert from 'node:assert/strict';
import type { FactKind } from '../../../src/engine';
import { KIND_LABELS } from '../../../src/format/factGroups';

/** Per kind that the report shows: the count in "Found:", the count in its heading, and its item lines. */
export interface KindCounts {
  found: number;
  heading: number;
  lines: string[];
}

/** The counts a text report states for each kind it mentions anywhere. */
export function textReportCounts(report: string): Partial<Record<FactKind, KindCounts>> {
  const found = report.match(/^Found: (.*)$/m)?.[1];
  assert.ok(found !== undefined, `no "Found:" line in\n${report}`);
  const counts: Partial<Record<FactKind, KindCounts>> = {};
  for (const kind of Object.keys(KIND_LABELS) as FactKind[]) {
    const { one, many } = KIND_LABELS[kind];
    const inFound = found.match(new RegExp(`(?:^|, )(\\d+) (?:${one}|${many})(?:,|$)`, 'i'));
    const section = report.split('\n\n').find((block) => block.startsWith(`${many} (`));
    if (!inFound && !section) continue;
    const [heading = '', ...lines] = section?.trimEnd().split('\n') ?? [];
    counts[kind] = { found: Number(inFound?.[1] ?? 0), heading: Number(heading.match(/\((\d+)\)$/)?.[1] ?? 0), lines };
  }
  return counts;
}

/** Fails unless, for every kind, the "Found:" count, the heading's count and the number of listed facts are equal. */
export function assertCountsAgree(report: string): void {
  const counts = textReportCounts(report);
  assert.ok(Object.keys(counts).length > 0, `no facts in\n${report}`);
  for (const [kind, { found, heading, lines }] of Object.entries(counts)) {
    assert.deepEqual({ kind, found, heading, listed: lines.length }, { kind, found, heading: found, listed: found }, report);
  }
}
