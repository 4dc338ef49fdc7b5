/** The preview (and, after the commit, the summary) of a sheet of posts. */

import {
  type ImportPreview,
  POST_FIELD_LABELS,
  POST_FIELDS,
  type PostRow,
  REQUIRED_POST_FIELDS,
} from '../../../../shared/imports';
import type { TableFacts } from '../read/table-source';
import { sheetPreview } from '../sheet-preview';
import type { PostOutcome } from './import';
import { hasPostColumns, type PostRead } from './read-posts';
import type { PostEntry } from './row-reader';

export function postsPreview(table: TableFacts, read: PostRead, outcome: PostOutcome | null): ImportPreview {
  const plan = outcome?.plan ?? null;
  const problems = [...read.problems, ...(plan?.problems ?? [])].sort((a, b) => a.row - b.row);
  const rows: PostRow[] = [];
  for (const p of plan?.posts ?? []) {
    rows.push({
      ...shownValues(p.entry),
      url: p.next.url,
      platform: p.next.platform,
      format: p.next.format,
      postedAt: p.next.postedAt,
      views: p.next.views,
      likes: p.next.likes,
      comments: p.next.comments,
      clicks: p.next.clicks,
      creator: p.member.name,
      memberId: p.member.id,
      postId: p.recorded?.id ?? null,
      changes: p.changes,
      backToReview: p.backToReview,
      bucket: p.bucket,
      reason: p.bucket === 'updated' ? p.changes.join('; ') : null,
    });
  }
  for (const x of plan?.excluded ?? []) {
    rows.push({
      ...shownValues(x.entry),
      creator: x.member.name,
      memberId: x.member.id,
      postId: null,
      changes: [],
      backToReview: false,
      bucket: 'excluded',
      reason: x.reason,
    });
  }
  const byRow = new Map(read.entries.map((e) => [e.row, e]));
  for (const p of problems) {
    const entry = byRow.get(p.row);
    const cells = read.rejectedCells.get(p.row);
    rows.push({
      ...(entry ? shownValues(entry) : { ...blank(), url: cells?.url ?? '' }),
      row: p.row,
      creator: entry ? (entry.handle ?? entry.name ?? '') : (cells?.creator ?? ''),
      memberId: null,
      postId: null,
      changes: [],
      backToReview: false,
      bucket: 'rejected',
      reason: p.message,
    });
  }
  rows.sort((a, b) => a.row - b.row);
  const warnings = [...read.warnings];
  if (problems.length > 0) {
    warnings.push(
      `${problems.length} row${problems.length === 1 ? ' is' : 's are'} rejected and will be left out; the other rows land. Fix ${problems.length === 1 ? 'it' : 'them'} in the file and import it again to add ${problems.length === 1 ? 'it' : 'them'}.`,
    );
  }
  const back = plan?.posts.filter((p) => p.backToReview).length ?? 0;
  if (back > 0) {
    warnings.push(
      `${back} approved post${back === 1 ? '' : 's'} will go back to review: the caption or platform changed.`,
    );
  }
  return {
    ...sheetPreview({
      kind: 'posts',
      format: { id: 'posts', label: plan ? `Posts for ${plan.pilot.name}` : 'Posts' },
      table,
      header: read.header,
      headerRow: read.headerRow,
      fields: POST_FIELDS,
      labels: POST_FIELD_LABELS,
      required: REQUIRED_POST_FIELDS,
      columns: read.columns,
      needsMapping: !hasPostColumns(read),
      rowsRead: read.rowsRead,
      tally: outcome?.tally,
      problems,
      warnings,
    }),
    dateOrder: read.dateOrder,
    dateOrderChoices: read.dateOrderChoices,
    postRows: rows,
  };
}

function shownValues(
  e: PostEntry,
): Omit<PostRow, 'creator' | 'memberId' | 'postId' | 'changes' | 'backToReview' | 'bucket' | 'reason'> {
  return {
    row: e.row,
    url: e.url,
    platform: e.platform,
    format: e.format,
    postedAt: e.postedAt,
    views: e.views,
    likes: e.likes,
    comments: e.comments,
    clicks: e.clicks,
  };
}

function blank(): ReturnType<typeof shownValues> {
  return {
    row: 0,
    url: '',
    platform: null,
    format: null,
    postedAt: null,
    views: null,
    likes: null,
    comments: null,
    clicks: null,
  };
}
