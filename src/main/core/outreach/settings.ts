/**
 * Each user's outreach settings, kept in the workspace (a shared workspace
 * file has one cap per person): the daily send cap, and the name and address
 * messages are sent from. Sends count per local calendar day, the day the
 * user sees on their clock.
 */

import type { Database } from 'better-sqlite3';
import { DEFAULT_DAILY_SEND_CAP, type OutreachSettings } from '../../../shared/outreach';
import { logActivity, sql } from '../db/statements';

interface Stored {
  dailyCap: number;
  senderName: string | null;
  senderEmail: string | null;
}

const keyOf = (user: string) => `outreach.${user}`;

/** The local calendar day of a moment, as YYYY-MM-DD. */
export function localDay(at: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}`;
}

/** Sends this user logged on the local day of `now`. */
export function sentToday(db: Database, user: string, now: Date = new Date()): number {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return sql(db, "SELECT count(*) FROM contacts WHERE by_user = ? AND kind = 'sent' AND at >= ? AND at < ?")
    .pluck()
    .get(user, start.toISOString(), end.toISOString()) as number;
}

function stored(db: Database, user: string): Stored {
  const text = sql(db, 'SELECT value FROM workspace_settings WHERE key = ?').pluck().get(keyOf(user)) as
    | string
    | undefined;
  const fallback: Stored = { dailyCap: DEFAULT_DAILY_SEND_CAP, senderName: null, senderEmail: null };
  if (!text) return fallback;
  try {
    const parsed = JSON.parse(text) as Partial<Stored>;
    return {
      dailyCap:
        Number.isInteger(parsed.dailyCap) && (parsed.dailyCap ?? 0) > 0
          ? (parsed.dailyCap as number)
          : DEFAULT_DAILY_SEND_CAP,
      senderName: typeof parsed.senderName === 'string' ? parsed.senderName : null,
      senderEmail: typeof parsed.senderEmail === 'string' ? parsed.senderEmail : null,
    };
  } catch {
    return fallback;
  }
}

export function outreachSettings(db: Database, user: string, now: Date = new Date()): OutreachSettings {
  return { user, ...stored(db, user), sentToday: sentToday(db, user, now) };
}

export function setOutreachSettings(db: Database, user: string, settings: Stored): OutreachSettings {
  db.transaction(() => {
    sql(
      db,
      'INSERT INTO workspace_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ).run(keyOf(user), JSON.stringify(settings));
    logActivity(db, 'outreach.settings', 'user', null, { user, ...settings });
  })();
  return outreachSettings(db, user);
}
