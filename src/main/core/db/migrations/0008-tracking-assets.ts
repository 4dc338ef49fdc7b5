/** Schema 8: tracking assets (codes, links). The owner fills this in. */

import type { Database } from 'better-sqlite3';

export function trackingAssets(_db: Database): void {}
