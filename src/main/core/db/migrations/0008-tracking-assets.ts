/**
 * Schema 8: tracking assets. Each pilot sets once how its members' discount
 * codes are made (a pattern, the shop's rules, the discount) and how their
 * tracked links are built (landing page, UTM conventions). The codes and
 * links themselves stay on pilot_creators, where attribution reads them.
 */

import type { Database } from 'better-sqlite3';

export function trackingAssets(db: Database): void {
  db.exec(`
CREATE TABLE pilot_tracking (
  pilot_id INTEGER PRIMARY KEY REFERENCES pilots(id),
  shop TEXT NOT NULL DEFAULT 'shopify' CHECK (shop IN ('shopify', 'woocommerce')),
  code_pattern TEXT NOT NULL DEFAULT '{HANDLE}{DISCOUNT}',
  code_max_length INTEGER NOT NULL DEFAULT 20 CHECK (code_max_length BETWEEN 4 AND 255),
  discount_kind TEXT NOT NULL DEFAULT 'percentage' CHECK (discount_kind IN ('percentage', 'fixed_amount')),
  -- basis points (percentage) or minor units of the pilot's currency (fixed_amount)
  discount_value INTEGER NOT NULL DEFAULT 1500 CHECK (discount_value >= 0),
  landing_url TEXT,
  -- NULL: each member's platform
  utm_source TEXT,
  utm_medium TEXT NOT NULL DEFAULT 'creator',
  updated_at TEXT NOT NULL
) STRICT;
`);
}
