/** Reading a written workbook back as a client's spreadsheet would: cells, formats, filters and the sheet XML. */

import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';

export interface ReadBook {
  wb: XLSX.WorkBook;
  sheet(name: string): XLSX.WorkSheet;
  /** The raw XML of a worksheet, by its position in the workbook (0-based). */
  xml(index: number): string;
}

export function readBook(path: string): ReadBook {
  const bytes = readFileSync(path);
  const wb = XLSX.read(bytes, { type: 'buffer', cellNF: true, cellStyles: true });
  const zip = XLSX.CFB.read(bytes, { type: 'buffer' }) as { FullPaths: string[]; FileIndex: { content: Uint8Array }[] };
  return {
    wb,
    sheet(name) {
      const ws = wb.Sheets[name];
      if (!ws) throw new Error(`no sheet ${name} in ${wb.SheetNames.join(', ')}`);
      return ws;
    },
    xml(index) {
      const i = zip.FullPaths.findIndex((p) => p.endsWith(`xl/worksheets/sheet${index + 1}.xml`));
      return Buffer.from(zip.FileIndex[i]?.content ?? []).toString('utf8');
    },
  };
}

/** Row `r` (0-based) of a sheet as cells, over the sheet's columns. */
export function rowCells(ws: XLSX.WorkSheet, r: number): (XLSX.CellObject | undefined)[] {
  const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
  const out: (XLSX.CellObject | undefined)[] = [];
  for (let c = 0; c <= range.e.c; c++) out.push(ws[XLSX.utils.encode_cell({ r, c })]);
  return out;
}

export const rowValues = (ws: XLSX.WorkSheet, r: number) => rowCells(ws, r).map((c) => c?.v ?? null);

export const lastRow = (ws: XLSX.WorkSheet) => XLSX.utils.decode_range(ws['!ref'] ?? 'A1').e.r;

/** A money cell back in minor units (two decimals). */
export const cents = (cell: XLSX.CellObject | undefined) => Math.round(Number(cell?.v) * 100);

export const FROZEN = '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>';
