/** Schema 6: import batches may be tracking sheets (a pilot's move-in). */

import type { Database } from 'better-sqlite3';
import { rebuildImportBatches } from './import-batches-table';

export function trackingBatches(db: Database): void {
  rebuildImportBatches(db, ['orders', 'clicks', 'tracking']);
}
