/**
 * Click imports: link-analytics exports (Dub links and events, Bitly, GA4
 * UTM reports) read by header name or a user's mapping, mapped to a pilot's
 * creators by their link parameters or a creator column, summed per creator
 * per day. A file without dates holds running totals: they are kept as one
 * figure on the pilot's first day, which a newer export replaces.
 */

import type { Database } from 'better-sqlite3';
import type { ClickField, DateOrder, RowProblem } from '../../../../shared/imports';
import { pilotRules } from '../../attribution/rules';
import { createBatch, finishBatch } from '../../db/orders';
import { logActivity, nowIso, sql } from '../../db/statements';
import { BucketTally } from '../buckets';
import { Header } from '../header';
import { utmFromUrl } from '../orders/utm';
import type { TableSource } from '../read/table-source';
import { dateOrdersFitting, parseDateText } from '../values';
import { creatorFinder } from './creator-finder';

const COLUMNS: Record<ClickField, readonly string[]> = {
  date: ['Date', 'Day', 'Timestamp', 'date'],
  clicks: ['Clicks', 'Sessions', 'Total clicks', 'clicks', 'Link clicks'],
  url: ['url', 'Destination URL', 'long_url', 'Long URL', 'Landing page + query string', 'Landing page URL'],
  utmSource: ['Session source', 'utm_source', 'UTM source', 'Source', 'sessionSource'],
  utmCampaign: ['Session campaign', 'utm_campaign', 'UTM campaign', 'Campaign', 'sessionCampaignName'],
  utmContent: ['Session manual ad content', 'utm_content', 'UTM content', 'sessionManualAdContent'],
  creator: [],
};

export interface ClickRow {
  row: number;
  memberId: number | null;
  day: string;
  clicks: number;
}

export interface ClickRead {
  pilotId: number;
  header: Header | null;
  headerRow: number;
  columns: Partial<Record<ClickField, string>>;
  dateOrder: DateOrder;
  dateOrderChoices: DateOrder[];
  rowsRead: number;
  rows: ClickRow[];
  problems: RowProblem[];
  blankRows: number;
  warnings: string[];
}

export interface ClickReadOptions {
  pilotId: number;
  mapping?: Partial<Record<ClickField, string | null>>;
  dateOrder?: DateOrder;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export async function readClicks(db: Database, table: TableSource, opts: ClickReadOptions): Promise<ClickRead> {
  const rules = pilotRules(db, opts.pilotId);
  if (!rules) throw new Error(`pilot ${opts.pilotId} is gone`);
  const findCreator = creatorFinder(rules);
  let header: Header | null = null;
  let headerRow = 0;
  let index: Partial<Record<ClickField, number>> = {};
  const raw: Array<{ row: number; cells: Partial<Record<ClickField, string>> }> = [];
  let rowsRead = 0;
  let blankRows = 0;

  await table.rows(
    (cells, row) => {
      const blank = cells.every((c) => c.trim() === '');
      if (!header) {
        if (blank || (cells[0] ?? '').trimStart().startsWith('#')) return;
        header = new Header(cells);
        headerRow = row;
        index = columnIndex(header, opts.mapping);
        return;
      }
      rowsRead++;
      if (blank || header.isRepeatedBy(cells) || (cells[0] ?? '').trimStart().startsWith('#')) {
        blankRows++;
        return;
      }
      const picked: Partial<Record<ClickField, string>> = {};
      for (const [field, i] of Object.entries(index)) picked[field as ClickField] = (cells[i] ?? '').trim();
      raw.push({ row, cells: picked });
    },
    { signal: opts.signal, onProgress: opts.onProgress },
  );

  const h = header as Header | null;
  const columns: Partial<Record<ClickField, string>> = {};
  for (const [field, i] of Object.entries(index)) columns[field as ClickField] = h?.names[i] ?? '';
  const warnings: string[] = [];
  const dateOrderChoices = index.date === undefined ? [] : dateOrdersFitting(raw.map((r) => r.cells.date ?? ''));
  const dateOrder = opts.dateOrder ?? dateOrderChoices[0] ?? 'ymd';
  if (index.date === undefined) {
    warnings.push(
      `The file has no dates: each creator's clicks are kept as one total on the pilot's first day (${rules.startDate}); a newer export replaces it.`,
    );
  }
  if (index.clicks === undefined) warnings.push('The file has no clicks column: each row counts as one click.');

  const rows: ClickRow[] = [];
  const problems: RowProblem[] = [];
  for (const { row, cells } of raw) {
    const day = index.date === undefined ? { ok: true as const, value: rules.startDate } : dayOf(cells.date, dateOrder);
    if (!day.ok) {
      problems.push({ row, field: 'date', message: day.message });
      continue;
    }
    const count = index.clicks === undefined ? 1 : Number((cells.clicks ?? '').replace(/[\s,']/g, ''));
    if (!Number.isSafeInteger(count) || count < 0) {
      problems.push({ row, field: 'clicks', message: `clicks "${cells.clicks ?? ''}" is not a whole number` });
      continue;
    }
    const fromUrl = utmFromUrl(cells.url);
    const memberId = findCreator({
      campaign: cells.utmCampaign || fromUrl.campaign || null,
      content: cells.utmContent || fromUrl.content || null,
      source: cells.utmSource || fromUrl.source || null,
      creator: cells.creator || null,
    });
    rows.push({ row, memberId, day: day.value, clicks: count });
  }
  return {
    pilotId: opts.pilotId,
    header: h,
    headerRow,
    columns,
    dateOrder,
    dateOrderChoices,
    rowsRead,
    rows,
    problems,
    blankRows,
    warnings,
  };
}

function columnIndex(header: Header, mapping: ClickReadOptions['mapping']): Partial<Record<ClickField, number>> {
  const out: Partial<Record<ClickField, number>> = {};
  for (const field of Object.keys(COLUMNS) as ClickField[]) {
    const chosen = mapping?.[field];
    const i = header.find(chosen ? [chosen] : COLUMNS[field]);
    if (i >= 0) out[field] = i;
  }
  return out;
}

function dayOf(
  text: string | undefined,
  order: DateOrder,
): { ok: true; value: string } | { ok: false; message: string } {
  if (!text) return { ok: false, message: 'has no date' };
  const parsed = parseDateText(text, order);
  return parsed.ok
    ? { ok: true, value: parsed.value.date }
    : { ok: false, message: `date "${text}" ${parsed.message}` };
}

export interface ClickPlan {
  tally: BucketTally;
  /** Creator-days to write, with the figure stored before (null: none). */
  writes: Array<{
    memberId: number;
    day: string;
    clicks: number;
    previous: number | null;
    previousBatch: number | null;
  }>;
}

export function planClicks(db: Database, read: ClickRead): ClickPlan {
  const tally = new BucketTally();
  const sums = new Map<string, { memberId: number; day: string; clicks: number; rows: number }>();
  for (const r of read.rows) {
    if (r.memberId === null) {
      tally.add('excluded', "not a link of this pilot's creators", 1, 0, null, r.clicks);
      continue;
    }
    const key = `${r.memberId}|${r.day}`;
    const s = sums.get(key) ?? { memberId: r.memberId, day: r.day, clicks: 0, rows: 0 };
    s.clicks += r.clicks;
    s.rows++;
    sums.set(key, s);
  }
  const stored = sql(db, 'SELECT clicks, batch_id AS batchId FROM clicks WHERE pilot_creator_id = ? AND day = ?');
  const writes: ClickPlan['writes'] = [];
  for (const s of sums.values()) {
    const before = stored.get(s.memberId, s.day) as { clicks: number; batchId: number | null } | undefined;
    const bucket = !before ? 'added' : before.clicks === s.clicks ? 'unchanged' : 'updated';
    tally.add(bucket, null, s.rows, 1, null, s.clicks);
    if (bucket !== 'unchanged') {
      writes.push({ ...s, previous: before?.clicks ?? null, previousBatch: before?.batchId ?? null });
    }
  }
  for (const p of read.problems) tally.add('rejected', p.message, 1, 0, null);
  if (read.blankRows > 0) tally.add('excluded', 'blank or repeated header row', read.blankRows, 0, null);
  return { tally, writes };
}

export function commitClicks(
  db: Database,
  read: ClickRead,
  meta: { fileName: string; contentHash: string },
): { batchId: number; plan: ClickPlan } {
  return db.transaction(() => {
    const plan = planClicks(db, read);
    const batchId = createBatch(db, {
      kind: 'clicks',
      fileName: meta.fileName,
      contentHash: meta.contentHash,
      format: 'clicks',
      brandId: null,
      pilotId: read.pilotId,
    });
    const revision = sql(
      db,
      `INSERT INTO click_revisions (batch_id, pilot_creator_id, day, previous_clicks, previous_batch_id)
       VALUES (?, ?, ?, ?, ?)`,
    );
    const upsert = sql(
      db,
      `INSERT INTO clicks (pilot_creator_id, day, clicks, batch_id, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (pilot_creator_id, day) DO UPDATE SET clicks = excluded.clicks, batch_id = excluded.batch_id,
         updated_at = excluded.updated_at`,
    );
    const at = nowIso();
    for (const w of plan.writes) {
      revision.run(batchId, w.memberId, w.day, w.previous, w.previousBatch);
      upsert.run(w.memberId, w.day, w.clicks, batchId, at);
    }
    const added = plan.tally.count('added');
    const updated = plan.tally.count('updated');
    finishBatch(db, batchId, { rowsRead: read.rowsRead, added, updated, summary: plan.tally.buckets });
    logActivity(db, 'import.clicks', 'import_batch', batchId, { fileName: meta.fileName, added, updated });
    return { batchId, plan };
  })();
}
