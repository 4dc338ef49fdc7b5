/** Reports out: the client report and table exports. */

import { z } from 'zod';
import {
  COLUMN_KINDS,
  type FileWritten,
  ORDER_EXPORT_COLUMNS,
  REPORT_SHEETS,
  type ReportWritten,
  TABLE_FORMATS,
} from '../reports';
import { OrderQuery } from './import-schemas';
import { method } from './method';
import { FilePath, Id } from './schemas';

const format = z.enum(TABLE_FORMATS, { error: `format must be one of ${TABLE_FORMATS.join(', ')}` });

export const ReportInput = z
  .object({
    pilotId: Id,
    /** The sheets to include, in any order (the workbook keeps its own order); default all. */
    sheets: z
      .array(z.enum(REPORT_SHEETS, { error: `each sheet must be one of ${REPORT_SHEETS.join(', ')}` }))
      .min(1, { error: 'Pick at least one sheet' })
      .optional(),
    /** False leaves out costs, fees, commission, CAC, ROAS and the Payouts sheet. */
    includeCosts: z.boolean().default(true),
    path: FilePath.optional(),
  })
  .strict();

const cell = z.union([z.string().max(10_000), z.number().finite(), z.null()]);

export const TableExportInput = z
  .object({
    /** What the table is ("Results — Spring pilot"): the file name and sheet name. */
    title: z.string().trim().min(1, { error: 'A title is required' }).max(120),
    format,
    columns: z
      .array(z.object({ header: z.string().max(200), kind: z.enum(COLUMN_KINDS) }).strict())
      .min(1, { error: 'Show at least one column' })
      .max(100),
    rows: z.array(z.array(cell).max(100)).max(50_000, { error: 'Export at most 50000 rows from the screen' }),
    /** The currency of money columns (integer minor units). */
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { error: 'must be a three-letter currency code like USD' })
      .optional(),
    path: FilePath.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.columns.some((c) => c.kind === 'money') && !v.currency)
      ctx.addIssue({ code: 'custom', path: ['currency'], message: 'Money columns need the currency' });
    v.rows.forEach((row, r) => {
      if (row.length !== v.columns.length)
        ctx.addIssue({
          code: 'custom',
          path: ['rows', r],
          message: `has ${row.length} cells for ${v.columns.length} columns`,
        });
    });
  });

/** The Orders screen's filters (paging aside), its shown columns, and a format. */
export const OrdersExportInput = OrderQuery.omit({ offset: true, limit: true })
  .extend({
    format,
    columns: z.array(z.enum(ORDER_EXPORT_COLUMNS)).min(1, { error: 'Show at least one column' }).optional(),
    path: FilePath.optional(),
  })
  .strict();

export const reportMethods = {
  'reports.export': method<ReportWritten>()(ReportInput),
  'tables.export': method<FileWritten>()(TableExportInput),
  'orders.export': method<FileWritten>()(OrdersExportInput),
} as const;
