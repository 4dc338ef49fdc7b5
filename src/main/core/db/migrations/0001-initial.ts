/** Schema 1: brands, pilots, creators and their pilot terms, orders, activity. */
export const initial = `
CREATE TABLE workspace_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE brands (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL COLLATE NOCASE UNIQUE,
  archived_at TEXT,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE pilots (
  id INTEGER PRIMARY KEY,
  brand_id INTEGER REFERENCES brands(id),
  name TEXT NOT NULL,
  market TEXT,
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL CHECK (end_date >= start_date),
  objective TEXT NOT NULL,
  target_cac_minor INTEGER,
  target_aov_minor INTEGER,
  target_conversion_bp INTEGER,
  target_repeat_rate_bp INTEGER,
  min_sample INTEGER NOT NULL,
  attribution_method TEXT NOT NULL,
  attribution_window_days INTEGER NOT NULL,
  return_window_days INTEGER NOT NULL,
  baseline_method TEXT NOT NULL,
  budget_minor INTEGER,
  creator_cap_minor INTEGER,
  status TEXT NOT NULL,
  archived_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX pilots_brand ON pilots(brand_id);

-- A creator is a person, once per workspace; handles identify them.
CREATE TABLE creators (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT,
  region TEXT,
  followers INTEGER,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE creator_handles (
  creator_id INTEGER NOT NULL REFERENCES creators(id) ON DELETE CASCADE,
  platform TEXT NOT NULL,
  handle TEXT NOT NULL COLLATE NOCASE,
  position INTEGER NOT NULL,
  PRIMARY KEY (platform, handle)
) STRICT;
CREATE INDEX creator_handles_creator ON creator_handles(creator_id);

-- A creator's membership of one pilot, with their terms there.
CREATE TABLE pilot_creators (
  id INTEGER PRIMARY KEY,
  pilot_id INTEGER NOT NULL REFERENCES pilots(id),
  creator_id INTEGER NOT NULL REFERENCES creators(id),
  stage TEXT NOT NULL,
  stipend_minor INTEGER,
  product_units INTEGER,
  product_unit_cost_minor INTEGER,
  commission_rate_bp INTEGER,
  cpa_minor INTEGER,
  discount_code TEXT COLLATE NOCASE,
  landing_url TEXT,
  go_live_date TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (pilot_id, creator_id)
) STRICT;
-- One code names one creator across the workspace, whatever its case.
CREATE UNIQUE INDEX pilot_creators_code ON pilot_creators(discount_code)
  WHERE discount_code IS NOT NULL;

CREATE TABLE import_batches (
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  format TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  rows_read INTEGER NOT NULL,
  orders_added INTEGER NOT NULL
) STRICT;

-- Orders keep no buyer names, addresses or phones: a salted hash of the
-- email and a coarse region only.
CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  batch_id INTEGER NOT NULL REFERENCES import_batches(id),
  source TEXT NOT NULL,
  external_id TEXT NOT NULL,
  order_name TEXT,
  order_date TEXT NOT NULL,
  created_at_text TEXT,
  currency TEXT NOT NULL,
  subtotal_minor INTEGER NOT NULL,
  discount_minor INTEGER NOT NULL,
  shipping_minor INTEGER NOT NULL,
  tax_minor INTEGER NOT NULL,
  total_minor INTEGER NOT NULL,
  refunded_minor INTEGER NOT NULL,
  financial_status TEXT NOT NULL,
  cancelled_at TEXT,
  is_test INTEGER NOT NULL,
  landing_url TEXT,
  utm_source TEXT,
  utm_medium TEXT,
  utm_campaign TEXT,
  utm_content TEXT,
  region TEXT,
  buyer_hash TEXT,
  UNIQUE (source, external_id)
) STRICT;
CREATE INDEX orders_date ON orders(order_date);
CREATE INDEX orders_batch ON orders(batch_id);
CREATE INDEX orders_buyer ON orders(buyer_hash);

CREATE TABLE order_codes (
  order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  code TEXT NOT NULL COLLATE NOCASE,
  PRIMARY KEY (order_id, position)
) STRICT;
CREATE INDEX order_codes_code ON order_codes(code);

CREATE TABLE order_lines (
  order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  line_no INTEGER NOT NULL,
  sku TEXT,
  name TEXT,
  quantity INTEGER NOT NULL,
  unit_price_minor INTEGER NOT NULL,
  discount_minor INTEGER NOT NULL,
  PRIMARY KEY (order_id, line_no)
) STRICT;

CREATE TABLE activity_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  subject_type TEXT NOT NULL,
  subject_id INTEGER,
  detail TEXT
) STRICT;
`;
