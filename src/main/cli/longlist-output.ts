/** A longlist import's summary for a terminal: where each row went, what merges change, notes and rejected rows. */

import { BUCKET_LABELS, type ImportJob } from '../../shared/imports';
import { table } from './output';

export function longlistSummary(job: ImportJob): string {
  const p = job.preview;
  if (!p) return `Import ${job.state}`;
  const lines = [
    job.state === 'done'
      ? `Imported ${p.fileName} as batch ${job.batchId} (${p.format.label})`
      : `Preview of ${p.fileName} (${p.format.label}); nothing written`,
    `  ${p.rowsRead} rows`,
    table(
      ['bucket', 'reason', 'rows'],
      p.buckets.map((b) => [BUCKET_LABELS[b.bucket], b.bucket === 'rejected' ? '' : (b.reason ?? ''), String(b.rows)]),
    ),
  ];
  const rows = p.longlistRows ?? [];
  for (const r of rows.filter((x) => x.bucket === 'updated').slice(0, 20)) {
    lines.push(`  updated ${r.name} (row ${r.row}): ${r.changes.join('; ')}`);
  }
  for (const w of p.warnings) lines.push(`  note: ${w}`);
  for (const problem of p.problems.slice(0, 20)) lines.push(`  ${problem.message}`);
  if (p.problemCount > 20) lines.push(`  … and ${p.problemCount - 20} more rejected rows`);
  return lines.join('\n');
}
