/** Schema 9: compensation models, contracts and briefs. The owner fills this in. */

import type { Database } from 'better-sqlite3';

export function contracts(_db: Database): void {}
