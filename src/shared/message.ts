/**
 * Outreach messages: a template's subject and three parts with their
 * {{field}} placeholders filled in. Pure, so the template editor can preview
 * while the user types and the core renders the very same text it exports.
 */

import { PLATFORM_LABELS, type Platform } from './entities';
import { MERGE_FIELDS, MESSAGE_PARTS, type MergeField, type MessagePart } from './outreach';

/** What a message is rendered from: the core of a template (locked or not). */
export interface MessageTemplate {
  subject: string;
  parts: Record<MessagePart, string>;
  variables: Record<string, string>;
  localVariables: readonly string[];
}

/** A local version's contribution: values for the template's local variables, and its language. */
export interface MessageLocalVersion {
  language: string | null;
  variables: Record<string, string>;
}

/** Per-message values: the creator's fields, why they fit, the deadline, the sender. Offer comes from the template. */
export type MessageValues = Partial<Record<Exclude<MergeField, 'offer'>, string | null>>;

export interface MessageText {
  subject: string;
  parts: Record<MessagePart, string>;
  body: string;
  /** Fields with no value, each once, in order of appearance; shown in the text as [field]. */
  missing: string[];
}

/** A placeholder as written: {{name}} or {{ name }}; the name a letter then letters, digits or _. */
const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;
const ANY_BRACES = /\{\{[^{}]*\}\}|\{\{/g;

const MERGE_FIELD_SET: ReadonlySet<string> = new Set(MERGE_FIELDS);

/** The fields and variables a template uses, each once, in order of appearance (subject, then the parts). */
export function templateFields(template: Pick<MessageTemplate, 'subject' | 'parts'>): string[] {
  const seen = new Set<string>();
  for (const text of [template.subject, ...MESSAGE_PARTS.map((p) => template.parts[p])]) {
    for (const m of text.matchAll(PLACEHOLDER)) seen.add(m[1] as string);
  }
  return [...seen];
}

/** The variables a template uses that are not merge fields (its own: storeLink, language...). */
export function templateVariables(template: Pick<MessageTemplate, 'subject' | 'parts'>): string[] {
  return templateFields(template).filter((f) => !MERGE_FIELD_SET.has(f) || f === 'offer');
}

/** Braces that do not read as a field ("{{first name}}", an unclosed "{{"), as typed, each once. */
export function badPlaceholders(text: string): string[] {
  const bad = new Set<string>();
  for (const m of text.matchAll(ANY_BRACES)) {
    const found = m[0];
    if (!/^\{\{\s*[A-Za-z][A-Za-z0-9_]*\s*\}\}$/.test(found)) bad.add(found);
  }
  return [...bad];
}

const present = (value: string | null | undefined): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Renders a template for one creator. A merge field takes its value from
 * `values`; offer and any other {{x}} are template variables, taken from the
 * local version when x is one of the template's local variables (falling back
 * to the template's default), else from the template. Filled in one pass, so a
 * value that itself contains braces is never filled again.
 */
export function renderMessage(
  template: MessageTemplate,
  local: MessageLocalVersion | null,
  values: MessageValues,
): MessageText {
  const localSet = new Set(template.localVariables);
  const missing: string[] = [];
  const lookUp = (field: string): string | null => {
    if (MERGE_FIELD_SET.has(field) && field !== 'offer') return values[field as keyof MessageValues] ?? null;
    if (local && localSet.has(field)) {
      const own = local.variables[field];
      if (present(own)) return own;
      if (field === 'language' && present(local.language)) return local.language;
    }
    return template.variables[field] ?? null;
  };
  const fill = (text: string) =>
    text.replace(PLACEHOLDER, (_whole, field: string) => {
      const value = lookUp(field);
      if (present(value)) return value.trim();
      if (!missing.includes(field)) missing.push(field);
      return `[${field}]`;
    });
  const subject = fill(template.subject).replace(/\s*[\r\n]+\s*/g, ' ');
  const parts = {} as Record<MessagePart, string>;
  for (const part of MESSAGE_PARTS) parts[part] = fill(template.parts[part]);
  return { subject, parts, body: messageBody(parts), missing };
}

/** The three parts as one message: blank lines between them, empty parts left out. */
export function messageBody(parts: Record<MessagePart, string>): string {
  return MESSAGE_PARTS.map((p) => parts[p].trim())
    .filter((text) => text !== '')
    .join('\n\n');
}

export function platformName(platform: Platform): string {
  return PLATFORM_LABELS[platform];
}

/** A creator's first name: the first word of their name ("Ana María López" -> "Ana"). */
export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

/** A reply-by date as people write it: "2026-12-14" -> "14 December 2026". */
export function deadlineText(isoDate: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
