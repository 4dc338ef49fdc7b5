/**
 * A sheet's claimed range against its real cells. SheetJS stores a sheet's
 * <dimension> (or BIFF DIMENSIONS record) as "!ref" without allocating for it,
 * but a range claiming A1:XFD1048576 around ten cells is a crafted file, and
 * anything that walks the range would spend minutes on emptiness.
 */

import * as XLSX from 'xlsx';
import { ReadError } from './read-error';

/**
 * Claims up to a million cells are never refused for their emptiness: a sheet
 * formatted down to row 5000 across 200 columns is ordinary. Past a million,
 * a claim more than 1000 times the real cells is refused: real exports fill
 * most of their range, and even a sparse one (one cell in ten) is far inside.
 */
const SPARSE_CLAIM_FLOOR = 1_000_000;
const SPARSE_CLAIM_RATIO = 1000;

export interface SheetShape {
  /** Defined cells. */
  realCells: number;
  /** Cells rows() would deliver: each row padded from column A to its last cell. */
  deliveredCells: number;
  /** First row (0-based) holding a cell with a value, or -1. */
  firstRow: number;
}

type DenseRows = (unknown[] | undefined)[];

export function checkSheetRange(
  sheet: XLSX.WorkSheet,
  name: string,
  fileName: string,
  maxCells: number,
  truncated: boolean,
): SheetShape {
  const refuse = (claim: number, real: number) =>
    real * SPARSE_CLAIM_RATIO >= claim
      ? new ReadError(
          `"${fileName}" is too large to import: sheet "${name}" holds about ${claim.toLocaleString('en')} cells, over the ${maxCells.toLocaleString('en')} an import reads. Save the rows you need as CSV and import that.`,
          'too-large',
        )
      : new ReadError(
          `"${fileName}" was refused: sheet "${name}" claims ${claim.toLocaleString('en')} cells around only ${real.toLocaleString('en')} real ones. If the workbook is right, copy its data into a new workbook or save it as CSV.`,
          'hostile',
        );
  const rows = (sheet['!data'] ?? []) as DenseRows;
  let delivered = 0;
  for (const row of rows) delivered += row ? row.length : 0;
  // Walking a row visits its whole length; past the cap, count only the cells that exist.
  if (delivered > maxCells) throw refuse(delivered, existingCells(rows));
  let real = 0;
  let firstRow = -1;
  rows.forEach((row, r) => {
    if (!row) return;
    row.forEach((cell) => {
      if (cell) {
        real++;
        if (firstRow < 0) firstRow = r;
      }
    });
  });

  const ref = sheet['!fullref'] ?? sheet['!ref'];
  const claim = Math.max(delivered, ref ? rangeArea(String(ref)) : 0);
  if (claim > maxCells) throw refuse(claim, real);
  // A preview read only the first rows, so its real cells say nothing of the rest.
  if (!truncated && claim > SPARSE_CLAIM_FLOOR && claim > SPARSE_CLAIM_RATIO * real) throw refuse(claim, real);
  if (delivered > SPARSE_CLAIM_FLOOR && delivered > SPARSE_CLAIM_RATIO * real) throw refuse(delivered, real);
  return { realCells: real, deliveredCells: delivered, firstRow };
}

function existingCells(rows: DenseRows): number {
  let cells = 0;
  for (const row of rows) {
    // for-in visits only the entries a sparse (dictionary) array holds.
    for (const c in row) if (row?.[Number(c)]) cells++;
  }
  return cells;
}

function rangeArea(ref: string): number {
  const range = XLSX.utils.decode_range(ref);
  const rows = range.e.r - range.s.r + 1;
  const columns = range.e.c - range.s.c + 1;
  return rows > 0 && columns > 0 ? rows * columns : 0;
}
