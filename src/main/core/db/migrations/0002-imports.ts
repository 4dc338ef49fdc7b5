/** Schema 2: import batches with undo, remembered mappings, attribution, clicks. */
export const imports = `
-- A batch names the shop (brand) its orders come from, or the pilot its clicks
-- belong to, and keeps its bucket summary so the history can show it again.
ALTER TABLE import_batches ADD COLUMN kind TEXT NOT NULL DEFAULT 'orders' CHECK (kind IN ('orders', 'clicks'));
ALTER TABLE import_batches ADD COLUMN brand_id INTEGER REFERENCES brands(id);
ALTER TABLE import_batches ADD COLUMN pilot_id INTEGER REFERENCES pilots(id);
ALTER TABLE import_batches ADD COLUMN summary TEXT;
ALTER TABLE import_batches ADD COLUMN orders_updated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_batches ADD COLUMN undone_at TEXT;

-- A digest of an order's stored fields: a re-import compares digests, not rows.
ALTER TABLE orders ADD COLUMN fingerprint TEXT;
CREATE INDEX orders_utm_campaign ON orders(utm_campaign COLLATE NOCASE);

-- What an import's update replaced, so the batch can be undone exactly.
CREATE TABLE order_revisions (
  batch_id INTEGER NOT NULL REFERENCES import_batches(id),
  order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  previous TEXT NOT NULL,
  PRIMARY KEY (batch_id, order_id)
) STRICT;
CREATE INDEX order_revisions_order ON order_revisions(order_id);

-- A column mapping the user picked once, found again by the file's header.
CREATE TABLE column_mappings (
  signature TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  mapping TEXT NOT NULL,
  options TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- Which creator of a pilot an order is credited to, and by which rule.
-- Derived from orders and terms; rebuilt whenever either changes.
CREATE TABLE attributions (
  pilot_id INTEGER NOT NULL REFERENCES pilots(id) ON DELETE CASCADE,
  order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  pilot_creator_id INTEGER NOT NULL REFERENCES pilot_creators(id) ON DELETE CASCADE,
  rule TEXT NOT NULL CHECK (rule IN ('code', 'link')),
  matched TEXT NOT NULL,
  flagged INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (pilot_id, order_id)
) WITHOUT ROWID, STRICT;
CREATE INDEX attributions_creator ON attributions(pilot_creator_id);
CREATE INDEX attributions_order ON attributions(order_id);

-- Clicks per creator per day, typed or imported (the last write wins).
CREATE TABLE clicks (
  pilot_creator_id INTEGER NOT NULL REFERENCES pilot_creators(id) ON DELETE CASCADE,
  day TEXT NOT NULL,
  clicks INTEGER NOT NULL CHECK (clicks >= 0),
  batch_id INTEGER REFERENCES import_batches(id),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (pilot_creator_id, day)
) STRICT;
CREATE INDEX clicks_batch ON clicks(batch_id);

-- What a click import replaced (NULL: there was no figure that day).
CREATE TABLE click_revisions (
  batch_id INTEGER NOT NULL REFERENCES import_batches(id),
  pilot_creator_id INTEGER NOT NULL REFERENCES pilot_creators(id) ON DELETE CASCADE,
  day TEXT NOT NULL,
  previous_clicks INTEGER,
  previous_batch_id INTEGER,
  PRIMARY KEY (batch_id, pilot_creator_id, day)
) STRICT;
`;
