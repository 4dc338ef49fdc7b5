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
import { sheetPreview } from '../sheet-preview';
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
    ...sheetPreview({
      kind: 'longlist',
      format: { id: 'longlist', label: 'Creator longlist' },
      table,
      header: read.header,
      headerRow: read.headerRow,
      fields: LONGLIST_FIELDS,
      labels: LONGLIST_FIELD_LABELS,
      required: REQUIRED_LONGLIST_FIELDS,
      columns: read.columns,
      needsMapping: !hasHandleColumn(read),
      rowsRead: read.rowsRead,
      tally: outcome?.tally,
      problems,
      warnings,
    }),
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
