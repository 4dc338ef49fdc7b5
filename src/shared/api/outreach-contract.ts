/** Outreach: templates and local versions, previews, batch exports, the contact log and follow-ups. */

import { z } from 'zod';
import {
  BATCH_FORMATS,
  type BatchExport,
  CONTACT_KINDS,
  type ContactEntry,
  type FollowUpDue,
  type LocalVersion,
  type OutreachSettings,
  type OutreachTemplate,
  type RenderedMessage,
} from '../outreach';
import { method } from './method';
import { FilePath, Id, isoDate, optionalChecked, optionalText, requiredText } from './schemas';

const variableName = z
  .string()
  .trim()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, { error: 'A variable name is a letter then letters, digits or _' });

const variables = z.record(variableName, z.string().max(2000)).default({});

const optionalDate = (what: string) => optionalChecked(isoDate(what));

export const TemplateSave = z
  .object({
    /** The template to edit (refused once locked); left out to add one. */
    id: Id.optional(),
    name: requiredText('Template name', 120),
    subject: requiredText('Subject', 300),
    whyYou: requiredText('Why you', 5000),
    offer: requiredText('The offer', 5000),
    nextStep: requiredText('Next step', 5000),
    variables,
    localVariables: z.array(variableName).max(20).default(['language', 'storeLink']),
  })
  .strict();

export const LocalVersionSave = z
  .object({
    templateId: Id,
    /** The local version to edit; left out to add one. */
    id: Id.optional(),
    name: requiredText('Name', 120),
    language: optionalText(40),
    /** Only the template's local variables may be set here. */
    variables,
  })
  .strict();

const messageFor = {
  pilotId: Id,
  templateId: Id,
  localVersionId: Id.optional(),
  /** The reply-by date merged as {{deadline}}. */
  deadline: optionalDate('Deadline'),
};

export const BatchExportInput = z
  .object({
    ...messageFor,
    memberIds: z.array(Id).min(1, { error: 'Pick at least one creator' }).max(5000),
    format: z.enum(BATCH_FORMATS, { error: `format must be one of ${BATCH_FORMATS.join(', ')}` }),
    /** Each exported creator is logged as contacted with this follow-up date (default three days on). */
    followUpDate: optionalDate('Follow-up date'),
    /** csv: the file to write; eml: the folder the batch's own folder is made in. Default: exports/ beside the workspace. */
    path: FilePath.optional(),
  })
  .strict();

export const ContactLog = z
  .object({
    memberId: Id,
    kind: z.enum(CONTACT_KINDS, { error: `kind must be one of ${CONTACT_KINDS.join(', ')}` }),
    /** When it happened; default now. */
    at: optionalChecked(
      z.iso.datetime({ offset: true, error: 'at must be a date and time like 2026-03-01T10:00:00Z' }),
    ),
    channel: optionalText(40),
    note: optionalText(5000),
    /** The next follow-up; an empty value clears it. */
    followUpDate: optionalDate('Follow-up date'),
  })
  .strict();

export const outreachMethods = {
  'templates.list': method<OutreachTemplate[]>()(z.object({}).strict()),
  'templates.save': method<OutreachTemplate>()(TemplateSave),
  /** Approves a template: its subject and three parts can no longer change. */
  'templates.lock': method<OutreachTemplate>()(z.object({ id: Id }).strict()),
  'templates.saveLocalVersion': method<LocalVersion>()(LocalVersionSave),
  /** The message each member would get, with missing fields named. */
  'outreach.preview': method<RenderedMessage[]>()(
    z.object({ ...messageFor, memberIds: z.array(Id).min(1).max(5000) }).strict(),
  ),
  /** Writes a CSV for mail merge or .eml drafts, within today's send cap, and logs each as contacted. */
  'outreach.exportBatch': method<BatchExport>()(BatchExportInput),
  'outreach.logContact': method<ContactEntry>()(ContactLog),
  'outreach.contacts': method<ContactEntry[]>()(z.object({ memberId: Id }).strict()),
  /** Follow-ups due on or before `date` (default today), oldest first; all pilots unless one is named. */
  'outreach.due': method<FollowUpDue[]>()(z.object({ pilotId: Id.optional(), date: optionalDate('Date') }).strict()),
  'outreach.settings': method<OutreachSettings>()(z.object({}).strict()),
  'outreach.setSettings': method<OutreachSettings>()(
    z
      .object({
        dailyCap: z.coerce
          .number({ error: 'Daily send cap must be a whole number' })
          .int({ error: 'Daily send cap must be a whole number' })
          .min(1, { error: 'Daily send cap must be at least 1' })
          .max(1000, { error: 'Daily send cap must be at most 1000' }),
        senderName: optionalText(120),
        senderEmail: optionalChecked(z.email({ error: 'Sender email must look like name@example.com' })),
      })
      .strict(),
  ),
} as const;
