/**
 * An outreach batch: the members' messages written as one CSV for a mail
 * merge or as .eml drafts, within the user's daily send cap, then logged as
 * sent. The file is written first and the log in one transaction after it;
 * if the log fails the file is removed, so the two never disagree.
 */

import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { addDays } from '../../../shared/dates';
import { platformName } from '../../../shared/message';
import type { BatchExport, BatchFormat, LeftOut } from '../../../shared/outreach';
import { getPilot } from '../db/pilots';
import { logActivity } from '../db/statements';
import { csvBytes } from '../export/csv';
import { exportsFolder, safeFileName, writeNewFile } from '../export/output-file';
import type { Sheet } from '../export/table';
import { currentUser } from '../user';
import { FOLLOW_UP_DAYS, insertContact, markContacted } from './contacts';
import { emlText } from './eml';
import { type Draft, draftMessages, type MessageRequest } from './preview';
import { localDay, outreachSettings } from './settings';

export interface BatchRequest extends MessageRequest {
  format: BatchFormat;
  followUpDate: string | null;
  /** csv: the file to write; eml: the folder to make the batch's folder in. */
  path?: string | undefined;
}

interface Sender {
  name: string | null;
  email: string | null;
}

/** Why a draft cannot go out, or null when it can. */
function reasonLeftOut(d: Draft): string | null {
  if (d.prospect.stage === 'declined') return 'declined';
  if (!d.message.to) return 'no email';
  if (d.message.missing.length > 0) return `missing ${d.message.missing.join(', ')}`;
  return null;
}

export function exportBatch(
  db: Database,
  workspacePath: string | null,
  request: BatchRequest,
  now = new Date(),
): BatchExport {
  const pilot = getPilot(db, request.pilotId, 'pilotId');
  const user = currentUser();
  const settings = outreachSettings(db, user, now);
  const { template, drafts } = draftMessages(db, request, settings.senderName);

  const leftOut: LeftOut[] = [];
  const ready: Draft[] = [];
  for (const d of drafts) {
    const reason = reasonLeftOut(d);
    if (reason) leftOut.push({ memberId: d.message.memberId, name: d.message.name, reason });
    else ready.push(d);
  }
  const room = Math.max(0, settings.dailyCap - settings.sentToday);
  const chosen = ready.slice(0, room);
  for (const d of ready.slice(room)) {
    leftOut.push({
      memberId: d.message.memberId,
      name: d.message.name,
      reason: `over today's send cap of ${settings.dailyCap} (${settings.sentToday} sent today); export them tomorrow`,
    });
  }
  if (chosen.length === 0) {
    const why = leftOut.map((l) => `${l.name}: ${l.reason}`).join('; ');
    throw new ApiError(
      'invalid_input',
      `Nothing to export: ${why}`,
      leftOut.map((l) => ({
        field: `memberIds.${request.memberIds.indexOf(l.memberId)}`,
        message: `${l.name}: ${l.reason}`,
      })),
    );
  }

  const day = localDay(now);
  const stem = safeFileName(`Outreach ${pilot.name} ${day}`);
  const sender = { name: settings.senderName, email: settings.senderEmail };
  const path =
    request.format === 'csv'
      ? writeNewFile(request.path ?? join(exportsFolder(workspacePath), stem), 'csv', csvBytes(mailMergeSheet(chosen)))
      : writeEmlFolder(request.path ?? exportsFolder(workspacePath), stem, chosen, sender, now);

  const followUpDate = request.followUpDate ?? addDays(day, FOLLOW_UP_DAYS);
  try {
    db.transaction(() => {
      for (const d of chosen) {
        insertContact(db, {
          memberId: d.prospect.memberId,
          kind: 'sent',
          at: now.toISOString(),
          by: user,
          channel: 'email',
          templateId: template.id,
          note: null,
          followUpDate,
        });
      }
      markContacted(
        db,
        pilot.id,
        chosen.map((d) => ({ id: d.prospect.memberId, pilotId: pilot.id, stage: d.prospect.stage })),
        user,
      );
      logActivity(db, 'outreach.export', 'pilot', pilot.id, {
        format: request.format,
        path,
        templateId: template.id,
        written: chosen.length,
        leftOut: leftOut.length,
      });
    })();
  } catch (err) {
    rmSync(path, { recursive: true, force: true });
    throw err;
  }
  return { format: request.format, path, written: chosen.length, leftOut, capLeft: room - chosen.length };
}

/**
 * One row per message for a mail merge. The handle goes without its "@",
 * which spreadsheets read as a formula start (and the export would escape).
 */
function mailMergeSheet(drafts: readonly Draft[]): Sheet {
  const headers = ['email', 'name', 'handle', 'platform', 'subject', 'why_you', 'offer', 'next_step', 'body'];
  return {
    name: 'Outreach',
    columns: headers.map((header) => ({ header })),
    rows: drafts.map(({ prospect, message: m }) => {
      const handle = prospect.profile.handles[0];
      return [
        m.to,
        m.name,
        handle?.handle ?? null,
        handle ? platformName(handle.platform) : null,
        m.subject,
        m.parts.whyYou,
        m.parts.offer,
        m.parts.nextStep,
        m.body,
      ];
    }),
  };
}

/** A new folder (never an existing one: "name (2)" when taken) holding one draft per message. */
function writeEmlFolder(parent: string, stem: string, drafts: readonly Draft[], from: Sender, now: Date): string {
  const folder = newFolder(resolve(parent), stem);
  try {
    for (const { message: m } of drafts) {
      const text = emlText({
        to: { name: m.name, email: m.to ?? '' },
        from,
        subject: m.subject,
        body: m.body,
        date: now,
      });
      writeNewFile(join(folder, safeFileName(m.name)), 'eml', Buffer.from(text, 'utf8'));
    }
  } catch (err) {
    rmSync(folder, { recursive: true, force: true });
    throw err;
  }
  return folder;
}

function newFolder(parent: string, stem: string): string {
  try {
    mkdirSync(parent, { recursive: true });
  } catch (err) {
    throw ApiError.field('path', `cannot make the folder ${parent}: ${(err as Error).message}`);
  }
  for (let n = 1; n < 1000; n++) {
    const candidate = join(parent, n === 1 ? stem : `${stem} (${n})`);
    try {
      mkdirSync(candidate);
      return candidate;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw ApiError.field('path', `cannot make the folder ${candidate}: ${(err as Error).message}`);
      }
    }
  }
  throw ApiError.field('path', `too many folders named like ${stem} in ${parent}`);
}
