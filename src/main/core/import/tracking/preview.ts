/** The preview (and summary) of a tracking sheet move-in. */

import {
  type ImportPreview,
  REQUIRED_TRACKING_FIELDS,
  TRACKING_FIELD_LABELS,
  TRACKING_FIELDS,
  type TrackingRow,
} from '../../../../shared/imports';
import type { TableFacts } from '../read/table-source';
import { sheetPreview } from '../sheet-preview';
import type { MoveIn } from './move-in';
import type { TrackingRead } from './read-tracking';

const FEES_NOTE =
  "Each creator's total costs are kept as their fees. For a creator whose terms already hold a stipend, product or shipping cost, only the part of the total above those becomes fees; commission and bonuses are still computed from their orders.";

export function trackingPreview(table: TableFacts, read: TrackingRead, moveIn: MoveIn | null): ImportPreview {
  const problems = [...read.problems, ...(moveIn?.plan.problems ?? [])].sort((a, b) => a.row - b.row);
  const rows: TrackingRow[] = (moveIn?.plan.rows ?? []).map((p) => ({
    row: p.sheet.row,
    creator: p.member?.name && !p.change.name ? p.member.name : p.name,
    channel: p.handle?.platform ?? p.sheet.platform,
    campaignStart: p.sheet.campaignStart,
    code: p.sheet.code,
    clicks: p.sheet.clicks,
    baselineRevenueMinor: p.sheet.baselineRevenueMinor,
    totalCostsMinor: p.sheet.totalCostsMinor,
    creatorId: p.member?.id ?? null,
    bucket: p.bucket,
    reason: p.reason,
  }));
  for (const p of problems) {
    rows.push({
      row: p.row,
      creator: '',
      channel: null,
      campaignStart: null,
      code: null,
      clicks: null,
      baselineRevenueMinor: null,
      totalCostsMinor: null,
      creatorId: null,
      bucket: 'rejected',
      reason: p.message,
    });
  }
  rows.sort((a, b) => a.row - b.row);
  const days = rows.flatMap((r) => (r.campaignStart ? [r.campaignStart] : [])).sort();
  const warnings = [...read.warnings];
  if (read.columns.totalCosts !== undefined) warnings.push(FEES_NOTE);
  return {
    ...sheetPreview({
      kind: 'tracking',
      format: { id: 'tracking', label: 'Pilot tracking sheet' },
      table,
      header: read.header,
      headerRow: read.headerRow,
      fields: TRACKING_FIELDS,
      labels: TRACKING_FIELD_LABELS,
      required: REQUIRED_TRACKING_FIELDS,
      columns: read.columns,
      needsMapping: read.columns.creator === undefined,
      rowsRead: read.rowsRead,
      tally: moveIn?.tally,
      problems,
      warnings,
    }),
    dateOrder: read.dateOrder,
    dateOrderChoices: read.dateOrderChoices,
    decimalMark: read.decimalMark,
    dateRange: days.length > 0 ? { from: days[0] as string, to: days[days.length - 1] as string } : null,
    currencies: [read.currency],
    trackingRows: rows,
    differences: moveIn?.differences ?? [],
  };
}
