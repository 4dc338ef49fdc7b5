/**
 * The contact log: each message sent, reply and note per pilot member, and
 * the follow-up date the "due today" list reads. The member's own
 * follow_up_date is the next one due; each entry keeps the one set with it.
 */

import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { addDays } from '../../../shared/dates';
import type { Stage } from '../../../shared/entities';
import type { ContactEntry, ContactKind } from '../../../shared/outreach';
import { logActivity, nowIso, sql } from '../db/statements';
import { moveMembers } from '../sourcing/moves';
import { currentUser } from '../user';
import { localDay } from './settings';

/** A follow-up this many days after a send, unless one is given. */
export const FOLLOW_UP_DAYS = 3;

/** Stages a first message moves on to 'contacted'; later stages stay where they are. */
const BEFORE_CONTACT: ReadonlySet<Stage> = new Set(['longlist', 'shortlist']);

interface ContactRow {
  id: number;
  pilot_creator_id: number;
  at: string;
  by_user: string;
  kind: ContactKind;
  channel: string | null;
  template_id: number | null;
  note: string | null;
  follow_up_date: string | null;
}

const toEntry = (r: ContactRow): ContactEntry => ({
  id: r.id,
  memberId: r.pilot_creator_id,
  at: r.at,
  by: r.by_user,
  kind: r.kind,
  channel: r.channel,
  templateId: r.template_id,
  note: r.note,
  followUpDate: r.follow_up_date,
});

interface Member {
  id: number;
  pilotId: number;
  stage: Stage;
}

export function memberOf(db: Database, memberId: number): Member {
  const row = sql(db, 'SELECT id, pilot_id AS pilotId, stage FROM pilot_creators WHERE id = ?').get(memberId) as
    | Member
    | undefined;
  if (!row) throw ApiError.field('memberId', `no pilot creator with id ${memberId}`);
  return row;
}

export interface NewContact {
  memberId: number;
  kind: ContactKind;
  at: string;
  by: string;
  channel: string | null;
  templateId: number | null;
  note: string | null;
  followUpDate: string | null;
}

/** Writes one entry and the member's next follow-up (a note without a date leaves it); the caller holds the transaction. */
export function insertContact(db: Database, c: NewContact): number {
  const id = Number(
    sql(
      db,
      `INSERT INTO contacts (pilot_creator_id, at, by_user, kind, channel, template_id, note, follow_up_date)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(c.memberId, c.at, c.by, c.kind, c.channel, c.templateId, c.note, c.followUpDate).lastInsertRowid,
  );
  if (c.kind !== 'note' || c.followUpDate) {
    sql(db, 'UPDATE pilot_creators SET follow_up_date = ? WHERE id = ?').run(c.followUpDate, c.memberId);
  }
  return id;
}

/** Members still at longlist or shortlist move to 'contacted', as one logged move. */
export function markContacted(db: Database, pilotId: number, members: readonly Member[], by: string): void {
  const memberIds = members.filter((m) => BEFORE_CONTACT.has(m.stage)).map((m) => m.id);
  if (memberIds.length > 0) moveMembers(db, { pilotId, memberIds, stage: 'contacted', reason: 'Outreach sent' }, by);
}

export interface ContactInput {
  memberId: number;
  kind: ContactKind;
  at: string | null;
  channel: string | null;
  note: string | null;
  followUpDate: string | null;
}

/**
 * Logs a contact. A send without a follow-up date gets one three days on; a
 * reply without one clears the member's follow-up (the ball is in our court
 * now, not theirs); a note without one leaves it as it was.
 */
export function logContact(db: Database, input: ContactInput): ContactEntry {
  const by = currentUser();
  const at = input.at ? new Date(input.at).toISOString() : nowIso();
  return db.transaction(() => {
    const member = memberOf(db, input.memberId);
    let followUpDate = input.followUpDate;
    if (!followUpDate && input.kind === 'sent') followUpDate = addDays(localDay(new Date(at)), FOLLOW_UP_DAYS);
    const id = insertContact(db, {
      memberId: member.id,
      kind: input.kind,
      at,
      by,
      channel: input.channel,
      templateId: null,
      note: input.note,
      followUpDate,
    });
    if (input.kind === 'sent') markContacted(db, member.pilotId, [member], by);
    logActivity(db, `contact.${input.kind}`, 'pilot_creator', member.id, { followUpDate });
    return toEntry(sql(db, 'SELECT * FROM contacts WHERE id = ?').get(id) as ContactRow);
  })();
}

/** A member's log, newest first. */
export function listContacts(db: Database, memberId: number): ContactEntry[] {
  memberOf(db, memberId);
  return (
    sql(db, 'SELECT * FROM contacts WHERE pilot_creator_id = ? ORDER BY at DESC, id DESC').all(memberId) as ContactRow[]
  ).map(toEntry);
}
