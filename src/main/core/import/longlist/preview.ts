/** The preview (and, after the commit, the summary) of a longlist import. */

import {
  type ImportPreview,
  LONGLIST_FIELD_LABELS,
  LONGLIST_FIELDS,
  type LonglistRow,
  REQUIRED_LONGLIST_FIELDS,
} from '../../../../shared/imports';
import type { ProfileFields } from '../../db/profiles';
import type { TableFacts } from '../read/table-source';
import type { LonglistOutcome } from './import';
import type { PlannedProfile } from './plan';
import { hasHandleColumn, type LonglistRead } from './read-longlist';

export function longlistPreview(table: TableFacts, read: LonglistRead, outcome: LonglistOutcome | null): ImportPreview {
  const plan = outcome?.plan ?? null;
  const problems = [...read.problems, ...(plan?.problems ?? [])].sort((a, b) => a.row - b.row);
  const rows: LonglistRow[] = [];
  for (const p of plan?.profiles ?? []) {
    rows.push({
      row: p.row,
      name: after(p, 'name') ?? p.name ?? '',
      handles: p.handles,
      followers: after(p, 'followers'),
      engagementBp: after(p, 'engagementBp'),
      country: after(p, 'country'),
      creatorId: p.owner?.creatorId ?? null,
      changes: p.changes,
      bucket: p.bucket,
      reason: p.bucket === 'updated' ? p.changes.join('; ') : null,
    });
  }
  for (const x of plan?.excluded ?? []) {
    rows.push({
      row: x.entry.row,
      name: x.entry.name ?? x.profile.update.name ?? x.profile.owner?.name ?? x.profile.name ?? '',
      handles: x.entry.handles,
      followers: x.entry.fields.followers ?? null,
      engagementBp: x.entry.fields.engagementBp ?? null,
      country: x.entry.fields.country ?? null,
      creatorId: x.profile.owner?.creatorId ?? null,
      changes: [],
      bucket: 'excluded',
      reason: x.reason,
    });
  }
  for (const p of problems) {
    rows.push({
      row: p.row,
      name: '',
      handles: [],
      followers: null,
      engagementBp: null,
      country: null,
      creatorId: null,
      changes: [],
      bucket: 'rejected',
      reason: p.message,
    });
  }
  rows.sort((a, b) => a.row - b.row);
  const warnings = [...read.warnings];
  const joining = plan?.profiles.filter((p) => p.joins).length ?? 0;
  if (plan?.pilot) {
    warnings.push(
      joining === 0
        ? `No profile joins the longlist of ${plan.pilot.name}: every one is in that pilot already.`
        : `${joining} profile${joining === 1 ? '' : 's'} will join the longlist of ${plan.pilot.name}.`,
    );
  }
  return {
    kind: 'longlist',
    fileName: table.fileName,
    fileBytes: table.fileBytes,
    format: { id: 'longlist', label: 'Creator longlist' },
    sheet: table.sheet,
    sheets: table.sheets,
    headers: read.header?.names ?? [],
    headerRow: read.headerRow,
    columns: LONGLIST_FIELDS.map((field) => ({
      field,
      label: LONGLIST_FIELD_LABELS[field],
      header: read.columns[field] ?? null,
      required: REQUIRED_LONGLIST_FIELDS.includes(field),
    })),
    needsMapping: !hasHandleColumn(read),
    dateOrder: 'ymd',
    dateOrderChoices: [],
    decimalMark: '.',
    dateRange: null,
    currencies: [],
    rowsRead: read.rowsRead,
    orders: 0,
    lineItems: 0,
    buckets: outcome?.tally.buckets ?? [],
    fileTotals: outcome?.tally.fileTotals ?? { rows: read.rowsRead, totals: [], clicks: 0 },
    sample: [],
    problems: problems.slice(0, 500),
    problemCount: problems.length,
    changed: [],
    warnings,
    longlistRows: rows,
  };
}

/** A field of the profile as the commit leaves it: what the merge writes, else what the profile keeps. */
function after<K extends 'name' | 'followers' | 'engagementBp' | 'country'>(
  p: PlannedProfile,
  key: K,
): ProfileFields[K] | null {
  if (key in p.update) return p.update[key] as ProfileFields[K];
  return p.owner ? p.owner[key] : null;
}
