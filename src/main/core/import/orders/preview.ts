/** The preview (and, after a commit, the summary) of an order import, built from one plan. */

import {
  type ImportPreview,
  ORDER_FIELD_LABELS,
  ORDER_FIELDS,
  type PreviewOrder,
  REQUIRED_ORDER_FIELDS,
} from '../../../../shared/imports';
import type { TableFacts } from '../read/table-source';
import type { OrderPlan } from './plan';
import type { OrderRead } from './read-orders';

const SAMPLE_SIZE = 20;
const MAX_PROBLEMS_LISTED = 500;

export function orderPreview(table: TableFacts, read: OrderRead, plan: OrderPlan | null): ImportPreview {
  const orders = read.orders;
  let from: string | null = null;
  let to: string | null = null;
  const currencies = new Set<string>();
  let lineItems = 0;
  for (const o of orders) {
    if (o.utmOnly) continue;
    if (from === null || o.orderDate < from) from = o.orderDate;
    if (to === null || o.orderDate > to) to = o.orderDate;
    currencies.add(o.currency);
    lineItems += o.lines.length;
  }
  const sample: PreviewOrder[] = (plan?.decisions ?? []).slice(0, SAMPLE_SIZE).map(({ order: o, bucket, reason }) => ({
    row: o.firstRow,
    externalId: o.externalId,
    orderName: o.orderName,
    orderDate: o.orderDate,
    currency: o.currency,
    totalMinor: o.totalMinor,
    refundedMinor: o.refundedMinor,
    financialStatus: o.financialStatus,
    codes: o.discountCodes,
    utmCampaign: o.utm.campaign,
    utmContent: o.utm.content,
    lineCount: o.lines.length,
    bucket,
    reason,
  }));
  const needsMapping = read.format === null;
  const problems = [...read.problems, ...(plan?.problems ?? [])].sort((a, b) => a.row - b.row);
  const source = read.mapping ?? read.columns;
  return {
    kind: 'orders',
    fileName: table.fileName,
    fileBytes: table.fileBytes,
    format: read.format ? { id: read.format.id, label: read.format.label } : { id: 'mapped', label: 'Column mapping' },
    sheet: table.sheet,
    sheets: table.sheets,
    headers: read.header?.names ?? [],
    headerRow: read.headerRow,
    columns: ORDER_FIELDS.map((field) => ({
      field,
      label: ORDER_FIELD_LABELS[field],
      header: source[field] ?? null,
      required: REQUIRED_ORDER_FIELDS.includes(field),
    })),
    needsMapping,
    dateOrder: read.dateOrder,
    dateOrderChoices: read.dateOrderChoices,
    decimalMark: read.decimalMark,
    dateRange: from && to ? { from, to } : null,
    currencies: [...currencies].sort(),
    rowsRead: read.rowsRead,
    orders: orders.length + read.rejected.length,
    lineItems,
    buckets: plan?.tally.buckets ?? [],
    fileTotals: plan?.tally.fileTotals ?? { rows: read.rowsRead, totals: [], clicks: 0 },
    sample,
    problems: problems.slice(0, MAX_PROBLEMS_LISTED),
    problemCount: problems.length,
    changed: plan?.changed ?? [],
    warnings: needsMapping
      ? [
          read.header
            ? 'Pilotdesk does not know this layout: pick which column holds each field, once; it is remembered for files with the same header.'
            : 'The file holds no header row.',
          ...read.warnings,
        ]
      : read.warnings,
  };
}
