/** The preview (and summary) of a click import. */

import {
  CLICK_FIELD_LABELS,
  CLICK_FIELDS,
  type ImportPreview,
  REQUIRED_CLICK_FIELDS,
} from '../../../../shared/imports';
import type { TableFacts } from '../read/table-source';
import { sheetPreview } from '../sheet-preview';
import type { ClickPlan, ClickRead } from './clicks';

export function clickPreview(table: TableFacts, read: ClickRead, plan: ClickPlan): ImportPreview {
  const days = read.rows.map((r) => r.day).sort();
  const first = days[0];
  const last = days[days.length - 1];
  return {
    ...sheetPreview({
      kind: 'clicks',
      format: { id: 'clicks', label: 'Link clicks' },
      table,
      header: read.header,
      headerRow: read.headerRow,
      fields: CLICK_FIELDS,
      labels: CLICK_FIELD_LABELS,
      required: REQUIRED_CLICK_FIELDS,
      columns: read.columns,
      needsMapping: read.header === null,
      rowsRead: read.rowsRead,
      tally: plan.tally,
      problems: read.problems,
      warnings: read.warnings,
    }),
    dateOrder: read.dateOrder,
    dateOrderChoices: read.dateOrderChoices,
    dateRange: first && last ? { from: first, to: last } : null,
  };
}
