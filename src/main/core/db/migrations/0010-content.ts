/**
 * Schema 10: content. The posts a pilot's members publish, with their numbers
 * and review status; every review decision as a row (the history the screen
 * shows); and each brand's banned claims, the phrases a caption must not make.
 */

import type { Database } from 'better-sqlite3';

const schema = `
CREATE TABLE posts (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES pilot_creators(id) ON DELETE CASCADE,
  url TEXT NOT NULL,
  platform TEXT NOT NULL CHECK (platform IN
    ('instagram', 'tiktok', 'youtube', 'pinterest', 'twitch', 'x', 'facebook', 'snapchat', 'blog', 'other')),
  format TEXT NOT NULL CHECK (format IN ('post', 'reel', 'story', 'video', 'short', 'live', 'other')),
  -- "2026-03-05" or "2026-03-05T18:30", the creator's local time
  posted_at TEXT,
  caption TEXT NOT NULL DEFAULT '',
  -- NULL: not recorded yet
  views INTEGER CHECK (views >= 0),
  likes INTEGER CHECK (likes >= 0),
  comments INTEGER CHECK (comments >= 0),
  clicks INTEGER CHECK (clicks >= 0),
  status TEXT NOT NULL DEFAULT 'needs_review' CHECK (status IN ('needs_review', 'approved', 'changes_requested')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (member_id, url)
) STRICT;

CREATE TABLE post_reviews (
  id INTEGER PRIMARY KEY,
  post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  -- reopened: the app sent an approved post back after its caption changed
  decision TEXT NOT NULL CHECK (decision IN ('approve', 'request_changes', 'reopened')),
  comment TEXT,
  by TEXT NOT NULL,
  at TEXT NOT NULL
) STRICT;
CREATE INDEX post_reviews_post ON post_reviews(post_id);

CREATE TABLE brand_banned_claims (
  brand_id INTEGER NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
  phrase TEXT NOT NULL COLLATE NOCASE,
  position INTEGER NOT NULL,
  PRIMARY KEY (brand_id, phrase)
) STRICT;
`;

export function content(db: Database): void {
  db.exec(schema);
}
