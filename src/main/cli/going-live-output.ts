/** Readable summaries of the going-live commands for a terminal: a line per member or item, in the user's words. */

import type { GeneratedDocument } from '../../shared/contracts';
import { BUCKET_LABELS, type ImportJob } from '../../shared/imports';
import type { GoLiveCheck, OverdueSignoff, Week } from '../../shared/signoffs';
import type { CodeExport, CodesGenerated, LinksBuilt } from '../../shared/tracking-assets';
import { table } from './output';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A posts import: where each row went, what updates change, notes and rejected rows. */
export function postsSummary(job: ImportJob): string {
  const p = job.preview;
  if (!p) return `Import ${job.state}`;
  const lines = [
    job.state === 'done'
      ? `Imported ${p.fileName} as batch ${job.batchId} (${p.format.label})`
      : `Preview of ${p.fileName} (${p.format.label}); nothing written`,
    `  ${plural(p.rowsRead, 'row')}`,
    table(['bucket', 'reason', 'rows'], bucketLines(job)),
  ];
  const rows = p.postRows ?? [];
  for (const r of rows.filter((x) => x.bucket === 'updated').slice(0, 20)) {
    lines.push(`  updated ${r.creator}'s post ${r.url} (row ${r.row}): ${r.changes.join('; ')}`);
  }
  for (const w of p.warnings) lines.push(`  note: ${w}`);
  for (const problem of p.problems.slice(0, 20)) lines.push(`  ${problem.message}`);
  if (p.problemCount > 20) lines.push(`  … and ${p.problemCount - 20} more rejected rows`);
  return lines.join('\n');
}

/** One line per bucket and reason; each rejected row's own reason is listed below the table. */
const bucketLines = (job: ImportJob): string[][] =>
  (job.preview?.buckets ?? []).map((b) => [BUCKET_LABELS[b.bucket], b.reason ?? '', String(b.rows)]);

export function codesGenerated(r: CodesGenerated): string {
  if (r.assigned.length === 0) {
    return r.kept > 0
      ? `No new codes: ${plural(r.kept, 'creator')} already ${r.kept === 1 ? 'has a code' : 'have codes'}.`
      : 'No new codes: no creator is being readied in this pilot yet.';
  }
  const lines = [
    `Generated ${plural(r.assigned.length, 'code')}:`,
    table(
      ['creator', 'code', 'note'],
      r.assigned.map((a) => [a.name, a.code, a.note ?? '']),
    ),
  ];
  if (r.kept > 0) lines.push(`${plural(r.kept, 'creator')} kept the code they had.`);
  return lines.join('\n');
}

export function linksBuilt(r: LinksBuilt): string {
  const lines =
    r.built.length === 0
      ? ['No links built.']
      : [
          `Built ${plural(r.built.length, 'tracked link')}:`,
          table(
            ['creator', 'link'],
            r.built.map((b) => [b.name, b.url]),
          ),
        ];
  for (const s of r.skipped) lines.push(`  skipped ${s.name}: ${s.reason}`);
  if (r.warning) lines.push(`note: ${r.warning}`);
  return lines.join('\n');
}

export function codesExported(r: CodeExport): string {
  const lines = [`Wrote ${plural(r.rows, 'code')} (${r.format}) to ${r.path}`, r.guidance];
  if (r.withoutCode.length > 0) lines.push(`Left out, no code yet: ${r.withoutCode.join(', ')}`);
  return lines.join('\n');
}

export function contractWritten(r: GeneratedDocument): string {
  const lines = [`Wrote the contract to ${r.path ?? '(nowhere)'}`];
  if (r.missing.length > 0) lines.push(`Not filled in yet: ${r.missing.map((m) => m.label).join(', ')}`);
  return lines.join('\n');
}

/** A line per member: ready, or each thing still missing, with the step that fixes it. */
export function goLiveChecks(checks: GoLiveCheck[]): string {
  if (checks.length === 0) return 'No creators are being readied in this pilot (shortlist them first).';
  const width = Math.max(...checks.map((c) => c.name.length));
  const ready = checks.filter((c) => c.problems.length === 0).length;
  return [
    ...checks.map((c) => {
      const lead = `${c.name.padEnd(width)}  ${c.stage.padEnd(11)}`;
      if (c.problems.length === 0) return `${lead}  ready`;
      return `${lead}  missing: ${c.problems.map((p) => `${p.message} (${p.step})`).join('; ')}`;
    }),
    `${ready} of ${plural(checks.length, 'creator')} ready to go live.`,
  ].join('\n');
}

export function overdueList(list: OverdueSignoff[]): string {
  if (list.length === 0) return 'No sign-offs are overdue.';
  return [
    table(
      ['pilot', 'creator', 'sign-off', 'due', 'overdue'],
      list.map((o) => [o.pilotName, o.name, o.label, o.dueAt.slice(0, 16).replace('T', ' '), `${o.hoursOverdue} h`]),
    ),
    `${plural(list.length, 'sign-off')} overdue.`,
  ].join('\n');
}

export function weekList(week: Week): string {
  const head = `Week ${week.start} to ${week.end}`;
  if (week.items.length === 0) return `${head}: nothing due.`;
  return [
    `${head}: ${plural(week.items.length, 'thing')} due`,
    table(
      ['due', 'pilot', 'creator', 'what'],
      week.items.map((i) => [i.due ?? '-', i.pilotName, i.name, i.detail]),
    ),
  ].join('\n');
}
