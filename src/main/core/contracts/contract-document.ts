/** A member's contract: the approved template filled with their fields, written as .docx. */

import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import { CONTRACT_FIELDS, type ContractField, type GeneratedDocument } from '../../../shared/contracts';
import type { Handle, Pilot, PilotCreator } from '../../../shared/entities';
import { getPilot } from '../db/pilots';
import { logActivity, sql } from '../db/statements';
import { exportsFolder, safeFileName, writeNewFile } from '../export/output-file';
import { disclosureClause, PLATFORM_NAMES } from './disclosure';
import { type Block, docxBytes } from './docx';
import { findMember } from './member';
import { memberTerms } from './member-terms';
import { recordDraft, refuseIfSigned } from './status';
import { type FieldValues, fillTemplate, getTemplate, templateBlocks } from './template';

export function handlesText(handles: readonly Handle[]): string | null {
  if (handles.length === 0) return null;
  return handles.map((h) => `@${h.handle} on ${PLATFORM_NAMES[h.platform]}`).join(', ');
}

export function paymentTerms(db: Database, pilot: Pilot): string {
  const net = sql(db, 'SELECT payment_net_days FROM pilots WHERE id = ?').pluck().get(pilot.id) as number;
  return `Payment is made net ${net} days after the ${pilot.returnWindowDays}-day return window closes; orders returned or cancelled within the window are not paid.`;
}

/** Every contract field of a member; null where the workspace has no value. */
export function contractValues(db: Database, member: PilotCreator): FieldValues {
  const pilot = getPilot(db, member.pilotId);
  const terms = memberTerms(db, member.id);
  return {
    creatorName: member.name,
    handles: handlesText(member.handles),
    brand: pilot.brandName,
    pilotName: pilot.name,
    startDate: pilot.startDate,
    endDate: pilot.endDate,
    compensation: terms.summary,
    paymentTerms: paymentTerms(db, pilot),
    discountCode: member.discountCode,
    // assets.buildLinks writes each member's tracked link (landing page + UTM) to their landing URL.
    trackedLink: member.landingUrl,
    usageRightsDays: String(terms.usageRightsDays),
    disclosure: disclosureClause(member.handles),
  };
}

/** The filled template as blocks; values are put in after the layout is read, so they cannot add headings. */
export function contractBlocks(text: string, values: FieldValues): { blocks: Block[]; missing: ContractField[] } {
  const missing = new Set<ContractField>();
  const fill = (t: string) => {
    const filled = fillTemplate(t, values);
    for (const f of filled.missing) missing.add(f);
    return filled.text;
  };
  const blocks = templateBlocks(text).map((b): Block => {
    if (b.kind === 'table') return { ...b, rows: b.rows.map((r) => r.map(fill)) };
    return { ...b, text: fill(b.text) };
  });
  return { blocks, missing: [...missing] };
}

export function generateContract(
  db: Database,
  workspacePath: string | null,
  input: ParsedInput<'contracts.generate'>,
): GeneratedDocument {
  const member = findMember(db, input.memberId);
  const pilot = getPilot(db, member.pilotId);
  refuseIfSigned(db, member.id);
  const { blocks, missing } = contractBlocks(getTemplate(db).text, contractValues(db, member));
  const target =
    input.path ?? join(exportsFolder(workspacePath), safeFileName(`Contract - ${member.name} - ${pilot.name}.docx`));
  return db.transaction(() => {
    const path = writeNewFile(target, 'docx', docxBytes(blocks));
    recordDraft(db, member.id, path);
    logActivity(db, 'contracts.generate', 'pilot_creator', member.id, { path, missing });
    return { path, html: null, missing: missing.map((field) => ({ field, label: CONTRACT_FIELDS[field] })) };
  })();
}
