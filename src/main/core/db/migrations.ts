/**
 * The ordered, forward-only list of schema migrations. A workspace's
 * `PRAGMA user_version` is the number of migrations applied to it.
 * Never edit a migration that has shipped: append a new one.
 */

import type { Database } from 'better-sqlite3';
import { rememberAllFirstOrders } from './buyer-history';
import { initial } from './migrations/0001-initial';
import { imports } from './migrations/0002-imports';
import { terms } from './migrations/0003-terms';
import { payouts } from './migrations/0004-payouts';
import { liftReview } from './migrations/0005-lift-review';
import { trackingBatches } from './migrations/0006-tracking-batches';
import { sourcingAndOutreach } from './migrations/0007-sourcing';
import { trackingAssets } from './migrations/0008-tracking-assets';
import { contracts } from './migrations/0009-contracts';
import { content } from './migrations/0010-content';
import { signoffs } from './migrations/0011-signoffs';
import { postImports } from './migrations/0012-post-imports';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial schema', up: (db) => db.exec(initial) },
  { version: 2, name: 'imports, attribution and clicks', up: (db) => db.exec(imports) },
  {
    version: 3,
    name: "creator terms and costs, buyers' first orders",
    up: (db) => {
      db.exec(terms);
      rememberAllFirstOrders(db);
    },
  },
  { version: 4, name: 'fraud review and payouts', up: (db) => db.exec(payouts) },
  { version: 5, name: 'lift tests and repeat decisions', up: (db) => db.exec(liftReview) },
  { version: 6, name: 'tracking-sheet import batches', up: trackingBatches },
  { version: 7, name: 'sourcing, pipeline and outreach', up: sourcingAndOutreach },
  { version: 8, name: 'codes and tracked links', up: trackingAssets },
  { version: 9, name: 'compensation models, contracts and briefs', up: contracts },
  { version: 10, name: 'posts, reviews and banned claims', up: content },
  { version: 11, name: 'sign-offs and their SLAs', up: signoffs },
  { version: 12, name: 'post imports and their revisions', up: postImports },
];

export const LATEST_VERSION = MIGRATIONS.length;

/** Applies every pending migration in one transaction: all or none. */
export function migrate(db: Database): number {
  const from = db.pragma('user_version', { simple: true }) as number;
  const pending = MIGRATIONS.filter((m) => m.version > from);
  if (pending.length === 0) return from;
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return LATEST_VERSION;
}
