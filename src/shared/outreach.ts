/**
 * Outreach: message templates with merge fields in three parts, local
 * versions that only set local variables, the contact log and follow-ups.
 */

/** A message's three parts, in the order they are written. */
export const MESSAGE_PARTS = ['whyYou', 'offer', 'nextStep'] as const;
export type MessagePart = (typeof MESSAGE_PARTS)[number];

export const MESSAGE_PART_LABELS: Record<MessagePart, string> = {
  whyYou: 'Why you',
  offer: 'The offer',
  nextStep: 'Next step',
};

/**
 * Merge fields every template can use, written {{name}}. Creator fields come
 * from the profile; whyFit from the fit score; offer from the template's core
 * variables; deadline from the batch; senderName from the user's settings.
 * Any other {{field}} is a template variable (its value set in the core, or
 * per local version when the template lists it as local).
 */
export const MERGE_FIELDS = [
  'name',
  'firstName',
  'handle',
  'platform',
  'whyFit',
  'offer',
  'deadline',
  'senderName',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

export const MERGE_FIELD_LABELS: Record<MergeField, string> = {
  name: "Creator's name",
  firstName: "Creator's first name",
  handle: 'Handle',
  platform: 'Platform',
  whyFit: 'Why they fit',
  offer: 'The offer',
  deadline: 'Reply-by date',
  senderName: 'Your name',
};

/** The local variables a template offers by default; a template may list more. */
export const DEFAULT_LOCAL_VARIABLES = ['language', 'storeLink'] as const;

/** An approved template: its core (subject and three parts) is fixed once locked. */
export interface OutreachTemplate {
  id: number;
  name: string;
  subject: string;
  parts: Record<MessagePart, string>;
  /** Values of the template's variables (offer, and the local variables' defaults). */
  variables: Record<string, string>;
  /** Variables a local version may set. */
  localVariables: string[];
  lockedAt: string | null;
  lockedBy: string | null;
  localVersions: LocalVersion[];
  createdAt: string;
  updatedAt: string;
}

/** A regional lead's adaptation: a language and local variables, never the core text. */
export interface LocalVersion {
  id: number;
  templateId: number;
  name: string;
  language: string | null;
  variables: Record<string, string>;
}

/** A template rendered for one member, with every field that had no value named. */
export interface RenderedMessage {
  memberId: number;
  name: string;
  to: string | null;
  subject: string;
  parts: Record<MessagePart, string>;
  /** The three parts joined as the message body. */
  body: string;
  /** Merge fields and variables with no value ("deadline", "storeLink"); the message shows them as [deadline]. */
  missing: string[];
}

export const CONTACT_KINDS = ['sent', 'reply', 'note'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const CONTACT_KIND_LABELS: Record<ContactKind, string> = {
  sent: 'Contacted',
  reply: 'Reply',
  note: 'Note',
};

export interface ContactEntry {
  id: number;
  memberId: number;
  at: string;
  by: string;
  kind: ContactKind;
  /** How: email, DM, phone… free text. */
  channel: string | null;
  templateId: number | null;
  note: string | null;
  followUpDate: string | null;
}

export const BATCH_FORMATS = ['csv', 'eml'] as const;
export type BatchFormat = (typeof BATCH_FORMATS)[number];

export const DEFAULT_DAILY_SEND_CAP = 50;

/** A member an export left out, and why ("no email", "over today's send cap", "missing deadline"). */
export interface LeftOut {
  memberId: number;
  name: string;
  reason: string;
}

export interface BatchExport {
  format: BatchFormat;
  /** The CSV file, or the folder holding one .eml per message. */
  path: string;
  written: number;
  leftOut: LeftOut[];
  /** Sends left today for this user after this batch. */
  capLeft: number;
}

export interface OutreachSettings {
  user: string;
  dailyCap: number;
  sentToday: number;
  senderName: string | null;
  senderEmail: string | null;
}

/** A follow-up due on or before the day asked about. */
export interface FollowUpDue {
  memberId: number;
  pilotId: number;
  pilotName: string;
  name: string;
  handle: string | null;
  stage: string;
  followUpDate: string;
  lastContactAt: string | null;
  /** Days past the follow-up date; 0 when due today. */
  overdueDays: number;
}
