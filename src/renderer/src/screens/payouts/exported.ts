import type { ExportResult } from '../../../../shared/payouts';
import { bytes, count, money } from '../../format';

/** "Wrote 12 rows (total $1,234.50) to /path/file.csv, 2.1 kB": what finance needs to find and check the file. */
export function exportedText(what: string, r: ExportResult): string {
  return `Wrote ${what}: ${count(r.rows)} ${r.rows === 1 ? 'row' : 'rows'}, total ${money(r.totalMinor, r.currency)}, to ${r.path} (${bytes(r.bytes)}).`;
}
