/**
 * The approved contract template: workspace-level text with {{field}}
 * placeholders, and a built-in default the user can replace. "# " starts a
 * heading, "## " a subheading, "- " a bullet; a blank line ends a paragraph.
 */

import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { CONTRACT_FIELDS, type ContractField, type ContractTemplate } from '../../../shared/contracts';
import { logActivity, nowIso, sql } from '../db/statements';
import type { Block } from './docx';

const KEY = 'contracts.template';

export const BUILT_IN_TEMPLATE = `# Creator agreement: {{pilotName}}

This agreement is between {{brand}} (the Brand) and {{creatorName}} ({{handles}}) (the Creator).

## Term
The pilot runs from {{startDate}} to {{endDate}}.

## Compensation
{{compensation}}

## Payment terms
{{paymentTerms}}

## Discount code and tracked link
The Creator shares the discount code {{discountCode}} and the tracked link {{trackedLink}}. Orders are credited to the Creator through them.

## Usage rights
The Brand may reuse the Creator's posts about the pilot, credited to the Creator, for {{usageRightsDays}} days after they are published.

## Disclosure
{{disclosure}}

## Signatures
Brand: ______________________  Date: __________

Creator: ______________________  Date: __________
`;

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

interface Stored {
  text: string;
  updatedAt: string;
}

export function getTemplate(db: Database): ContractTemplate {
  const raw = sql(db, 'SELECT value FROM workspace_settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  if (!raw) return { text: BUILT_IN_TEMPLATE, builtIn: true, updatedAt: null };
  const stored = JSON.parse(raw) as Stored;
  return { text: stored.text, builtIn: false, updatedAt: stored.updatedAt };
}

/** Saves the approved text; null goes back to the built-in template. Unknown placeholders are refused. */
export function setTemplate(db: Database, text: string | null | undefined): ContractTemplate {
  if (text === undefined) return getTemplate(db);
  if (text !== null) {
    if (text.trim() === '') throw ApiError.field('text', 'The template is empty; send null to use the built-in one');
    const unknown = [...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string).filter((f) => !(f in CONTRACT_FIELDS));
    if (unknown.length > 0) {
      throw ApiError.field(
        'text',
        `Unknown placeholder ${unknown.map((f) => `{{${f}}}`).join(', ')}; use ${Object.keys(CONTRACT_FIELDS)
          .map((f) => `{{${f}}}`)
          .join(', ')}`,
      );
    }
  }
  db.transaction(() => {
    if (text === null) sql(db, 'DELETE FROM workspace_settings WHERE key = ?').run(KEY);
    else {
      const value = JSON.stringify({ text, updatedAt: nowIso() } satisfies Stored);
      sql(
        db,
        'INSERT INTO workspace_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      ).run(KEY, value);
    }
    logActivity(db, 'contracts.template', 'workspace', null, { builtIn: text === null });
  })();
  return getTemplate(db);
}

export type FieldValues = Record<ContractField, string | null>;

/** The template with its fields filled; a field with no value is written "[missing: label]" and named. */
export function fillTemplate(text: string, values: FieldValues): { text: string; missing: ContractField[] } {
  const missing = new Set<ContractField>();
  const filled = text.replace(PLACEHOLDER, (_, name: string) => {
    const field = name as ContractField;
    const value = values[field];
    if (value === null || value === undefined || value.trim() === '') {
      missing.add(field);
      return `[missing: ${CONTRACT_FIELDS[field]}]`;
    }
    return value;
  });
  return { text: filled, missing: [...missing] };
}

/** The filled text as document blocks. */
export function templateBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length > 0) blocks.push({ kind: 'paragraph', text: lines.join('\n') });
    lines = [];
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = /^(#{1,2})\s+(.*)$/.exec(line);
    const bullet = /^[-*]\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1] === '#' ? 1 : 2, text: heading[2] as string });
    } else if (bullet) {
      flush();
      blocks.push({ kind: 'bullet', text: bullet[1] as string });
    } else if (line.trim() === '') flush();
    else lines.push(line);
  }
  flush();
  return blocks;
}
