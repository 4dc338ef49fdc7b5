/**
 * Outreach templates: an approved core (name, subject, three parts, variables)
 * that cannot change once locked, and local versions that set only the
 * template's local variables, so a regional lead adapts the language and the
 * store link without touching the approved words.
 */

import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { ApiError } from '../../../shared/api/errors';
import type { LocalVersionSave, TemplateSave } from '../../../shared/api/outreach-contract';
import { badPlaceholders } from '../../../shared/message';
import {
  type LocalVersion,
  MERGE_FIELDS,
  MESSAGE_PART_LABELS,
  MESSAGE_PARTS,
  type MessagePart,
  type OutreachTemplate,
} from '../../../shared/outreach';
import { logActivity, nowIso, sql } from '../db/statements';
import { currentUser } from '../user';

type TemplateInput = z.output<typeof TemplateSave>;
type LocalVersionInput = z.output<typeof LocalVersionSave>;

interface TemplateRow {
  id: number;
  name: string;
  subject: string;
  why_you: string;
  offer: string;
  next_step: string;
  variables: string;
  local_variables: string;
  locked_at: string | null;
  locked_by: string | null;
  created_at: string;
  updated_at: string;
}

interface LocalVersionRow {
  id: number;
  template_id: number;
  name: string;
  language: string | null;
  variables: string;
}

const PART_COLUMNS: Record<MessagePart, 'why_you' | 'offer' | 'next_step'> = {
  whyYou: 'why_you',
  offer: 'offer',
  nextStep: 'next_step',
};

const toLocalVersion = (r: LocalVersionRow): LocalVersion => ({
  id: r.id,
  templateId: r.template_id,
  name: r.name,
  language: r.language,
  variables: JSON.parse(r.variables) as Record<string, string>,
});

function toTemplate(r: TemplateRow, localVersions: LocalVersion[]): OutreachTemplate {
  return {
    id: r.id,
    name: r.name,
    subject: r.subject,
    parts: { whyYou: r.why_you, offer: r.offer, nextStep: r.next_step },
    variables: JSON.parse(r.variables) as Record<string, string>,
    localVariables: JSON.parse(r.local_variables) as string[],
    lockedAt: r.locked_at,
    lockedBy: r.locked_by,
    localVersions,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function listTemplates(db: Database): OutreachTemplate[] {
  const versions = (
    sql(
      db,
      'SELECT id, template_id, name, language, variables FROM template_local_versions ORDER BY name, id',
    ).all() as LocalVersionRow[]
  ).map(toLocalVersion);
  const rows = sql(db, 'SELECT * FROM outreach_templates ORDER BY name COLLATE NOCASE, id').all() as TemplateRow[];
  return rows.map((r) =>
    toTemplate(
      r,
      versions.filter((v) => v.templateId === r.id),
    ),
  );
}

export function getTemplate(db: Database, id: number, field = 'id'): OutreachTemplate {
  const row = sql(db, 'SELECT * FROM outreach_templates WHERE id = ?').get(id) as TemplateRow | undefined;
  if (!row) throw ApiError.field(field, `no template with id ${id}`);
  const versions = sql(
    db,
    'SELECT id, template_id, name, language, variables FROM template_local_versions WHERE template_id = ? ORDER BY name, id',
  ).all(id) as LocalVersionRow[];
  return toTemplate(row, versions.map(toLocalVersion));
}

/** The local version, which must belong to the template. */
export function getLocalVersion(db: Database, templateId: number, id: number, field = 'localVersionId'): LocalVersion {
  const row = sql(
    db,
    'SELECT id, template_id, name, language, variables FROM template_local_versions WHERE id = ?',
  ).get(id) as LocalVersionRow | undefined;
  if (!row || row.template_id !== templateId)
    throw ApiError.field(field, `no local version ${id} of template ${templateId}`);
  return toLocalVersion(row);
}

/** Per-creator fields are filled from the profile; a variable of that name would never be used. */
const CREATOR_FIELDS = new Set<string>(MERGE_FIELDS.filter((f) => f !== 'offer'));

function checkCore(input: TemplateInput): void {
  const texts: [string, string, string][] = [
    ['subject', 'Subject', input.subject],
    ...MESSAGE_PARTS.map((p): [string, string, string] => [p, MESSAGE_PART_LABELS[p], input[p]]),
  ];
  for (const [field, label, text] of texts) {
    const bad = badPlaceholders(text);
    if (bad.length > 0) {
      throw ApiError.field(
        field,
        `${label} has ${bad.join(', ')}, which is not a merge field; write fields like {{firstName}} or {{storeLink}}`,
      );
    }
  }
  for (const name of Object.keys(input.variables)) {
    if (CREATOR_FIELDS.has(name)) {
      throw ApiError.field(`variables.${name}`, `${name} is filled per creator; name the variable something else`);
    }
  }
  input.localVariables.forEach((name, i) => {
    if (CREATOR_FIELDS.has(name)) {
      throw ApiError.field(`localVariables.${i}`, `${name} is filled per creator and cannot be a local variable`);
    }
  });
}

const LOCKED_MESSAGE =
  'This template is approved and locked; its core cannot change. Adapt it with a local version, or save a copy as a new template';

/** The first core field an edit would change, in the order the editor shows them. */
function changedField(before: OutreachTemplate, input: TemplateInput, localVariables: string[]): string | null {
  if (before.name !== input.name) return 'name';
  if (before.subject !== input.subject) return 'subject';
  for (const p of MESSAGE_PARTS) if (before.parts[p] !== input[p]) return p;
  if (!sameRecord(before.variables, input.variables)) return 'variables';
  if (JSON.stringify(before.localVariables) !== JSON.stringify(localVariables)) return 'localVariables';
  return null;
}

function sameRecord(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => b[k] === a[k]);
}

/** Adds a template, or edits one that is not locked yet. */
export function saveTemplate(db: Database, input: TemplateInput): OutreachTemplate {
  checkCore(input);
  const localVariables = [...new Set(input.localVariables)];
  const columns = [input.name, input.subject, ...MESSAGE_PARTS.map((p) => input[p])];
  const json = [JSON.stringify(input.variables), JSON.stringify(localVariables)];
  return db.transaction(() => {
    const now = nowIso();
    if (input.id === undefined) {
      const id = Number(
        sql(
          db,
          `INSERT INTO outreach_templates (name, subject, why_you, offer, next_step, variables, local_variables, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(...columns, ...json, now, now).lastInsertRowid,
      );
      logActivity(db, 'template.add', 'outreach_template', id, { name: input.name });
      return getTemplate(db, id);
    }
    const before = getTemplate(db, input.id);
    const changed = changedField(before, input, localVariables);
    if (changed === null) return before;
    if (before.lockedAt) throw ApiError.field(changed, LOCKED_MESSAGE);
    sql(
      db,
      `UPDATE outreach_templates SET name = ?, subject = ?, ${MESSAGE_PARTS.map((p) => `${PART_COLUMNS[p]} = ?`).join(', ')},
       variables = ?, local_variables = ?, updated_at = ? WHERE id = ?`,
    ).run(...columns, ...json, now, input.id);
    logActivity(db, 'template.edit', 'outreach_template', input.id, { name: input.name, changed });
    return getTemplate(db, input.id);
  })();
}

/** Approves a template's core as it stands; locking twice keeps the first approval. */
export function lockTemplate(db: Database, id: number): OutreachTemplate {
  return db.transaction(() => {
    const template = getTemplate(db, id);
    if (template.lockedAt) return template;
    const by = currentUser();
    sql(db, 'UPDATE outreach_templates SET locked_at = ?, locked_by = ?, updated_at = ? WHERE id = ?').run(
      nowIso(),
      by,
      nowIso(),
      id,
    );
    logActivity(db, 'template.lock', 'outreach_template', id, { name: template.name, by });
    return getTemplate(db, id);
  })();
}

/** Adds or edits a local version; it may set only the template's local variables. */
export function saveLocalVersion(db: Database, input: LocalVersionInput): LocalVersion {
  return db.transaction(() => {
    const template = getTemplate(db, input.templateId, 'templateId');
    const allowed = new Set(template.localVariables);
    for (const name of Object.keys(input.variables)) {
      if (!allowed.has(name)) {
        const offered = template.localVariables.length
          ? `only ${template.localVariables.join(', ')}`
          : 'none: the template has no local variables';
        throw ApiError.field(
          `variables.${name}`,
          `${name} is part of the approved core, not a local variable; a local version may set ${offered}`,
        );
      }
    }
    const variables = JSON.stringify(input.variables);
    const now = nowIso();
    let id = input.id;
    if (id === undefined) {
      id = Number(
        sql(
          db,
          `INSERT INTO template_local_versions (template_id, name, language, variables, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?)`,
        ).run(template.id, input.name, input.language, variables, now, now).lastInsertRowid,
      );
    } else {
      getLocalVersion(db, template.id, id, 'id');
      sql(
        db,
        'UPDATE template_local_versions SET name = ?, language = ?, variables = ?, updated_at = ? WHERE id = ?',
      ).run(input.name, input.language, variables, now, id);
    }
    logActivity(
      db,
      input.id === undefined ? 'template.localVersion.add' : 'template.localVersion.edit',
      'outreach_template',
      template.id,
      {
        localVersionId: id,
        name: input.name,
      },
    );
    return getLocalVersion(db, template.id, id, 'id');
  })();
}
