/** The preview (and summary) of a click import. */

import {
  CLICK_FIELD_LABELS,
  CLICK_FIELDS,
  type ImportPreview,
  REQUIRED_CLICK_FIELDS,
} from '../../../../shared/imports';
import type { TableFacts } from '../read/table-source';
import type { ClickPlan, ClickRead } from './clicks';

export function clickPreview(table: TableFacts, read: ClickRead, plan: ClickPlan): ImportPreview {
  const days = read.rows.map((r) => r.day).sort();
  const first = days[0];
  const last = days[days.length - 1];
  return {
    kind: 'clicks',
    fileName: table.fileName,
    fileBytes: table.fileBytes,
    format: { id: 'clicks', label: 'Link clicks' },
    sheet: table.sheet,
    sheets: table.sheets,
    headers: read.header?.names ?? [],
    headerRow: read.headerRow,
    columns: CLICK_FIELDS.map((field) => ({
      field,
      label: CLICK_FIELD_LABELS[field],
      header: read.columns[field] ?? null,
      required: REQUIRED_CLICK_FIELDS.includes(field),
    })),
    needsMapping: read.header === null,
    dateOrder: read.dateOrder,
    dateOrderChoices: read.dateOrderChoices,
    decimalMark: '.',
    dateRange: first && last ? { from: first, to: last } : null,
    currencies: [],
    rowsRead: read.rowsRead,
    orders: 0,
    lineItems: 0,
    buckets: plan.tally.buckets,
    fileTotals: plan.tally.fileTotals,
    sample: [],
    problems: read.problems.slice(0, 500),
    problemCount: read.problems.length,
    changed: [],
    warnings: read.warnings,
  };
}
