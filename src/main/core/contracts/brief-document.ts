/**
 * A member's brief: the pilot's brief fields with the member's code, link
 * and platforms, as .docx or a printable HTML page. A field with no value is
 * written "[missing: ...]" and named in the result.
 */

import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import type { GeneratedDocument } from '../../../shared/contracts';
import type { PilotCreator } from '../../../shared/entities';
import { getPilot } from '../db/pilots';
import { logActivity } from '../db/statements';
import { exportsFolder, safeFileName, writeNewFile } from '../export/output-file';
import { briefSettings } from './brief-settings';
import { handlesText } from './contract-document';
import { disclosureLines } from './disclosure';
import { type Block, docxBytes } from './docx';
import { htmlPage } from './html';
import { findMember } from './member';

type Missing = GeneratedDocument['missing'];

export function briefBlocks(db: Database, member: PilotCreator): { title: string; blocks: Block[]; missing: Missing } {
  const pilot = getPilot(db, member.pilotId);
  const brief = briefSettings(db, pilot.id);
  const missing: Missing = [];
  const value = (field: string, label: string, v: string | null): string => {
    if (v !== null && v.trim() !== '') return v;
    missing.push({ field, label });
    return `[missing: ${label}]`;
  };
  const bullets = (field: string, label: string, items: string[]): Block[] =>
    items.length > 0
      ? items.map((text) => ({ kind: 'bullet', text }))
      : [{ kind: 'paragraph', text: value(field, label, null) }];
  const window = brief.postingStart && brief.postingEnd ? `${brief.postingStart} to ${brief.postingEnd}` : null;
  const title = `Brief: ${pilot.name} - ${member.name}`;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: title },
    {
      kind: 'table',
      rows: [
        ['Creator', [member.name, handlesText(member.handles)].filter(Boolean).join(' - ')],
        ['Brand', value('brand', 'brand', pilot.brandName)],
        ['Pilot', `${pilot.startDate} to ${pilot.endDate}`],
        ['Posting window', value('postingWindow', 'posting window', window)],
        ['Discount code', value('discountCode', 'discount code', member.discountCode)],
        ['Tracked link', value('trackedLink', 'tracked link', member.landingUrl)],
      ],
    },
    { kind: 'heading', level: 2, text: 'Objective' },
    { kind: 'paragraph', text: value('objective', 'objective', brief.objective) },
    { kind: 'paragraph', text: `The one KPI: ${value('kpi', 'KPI', brief.kpi)}`, bold: true },
    { kind: 'heading', level: 2, text: 'Call to action (say it exactly)' },
    { kind: 'paragraph', text: value('callToAction', 'call to action', brief.callToAction), bold: true },
    { kind: 'heading', level: 2, text: 'Landing page' },
    { kind: 'paragraph', text: value('landingSteps', 'landing steps', brief.landingSteps) },
    { kind: 'heading', level: 2, text: 'Checkout' },
    { kind: 'paragraph', text: value('checkoutSteps', 'checkout steps', brief.checkoutSteps) },
    { kind: 'heading', level: 2, text: 'Required disclosures' },
    ...disclosureLines(member.handles).map((text): Block => ({ kind: 'bullet', text })),
    ...(brief.disclosures ? [{ kind: 'paragraph', text: brief.disclosures } as Block] : []),
    { kind: 'heading', level: 2, text: 'Creative hooks' },
    ...bullets('hooks', 'creative hooks', brief.hooks),
    { kind: 'heading', level: 2, text: 'Do' },
    ...bullets('dos', 'do', brief.dos),
    { kind: 'heading', level: 2, text: "Don't" },
    ...bullets('donts', "don't", brief.donts),
  ];
  return { title, blocks, missing };
}

export function generateBrief(
  db: Database,
  workspacePath: string | null,
  input: ParsedInput<'briefs.generate'>,
): GeneratedDocument {
  const member = findMember(db, input.memberId);
  const { title, blocks, missing } = briefBlocks(db, member);
  if (input.format === 'html') return { path: null, html: htmlPage(title, blocks), missing };
  const target = input.path ?? join(exportsFolder(workspacePath), safeFileName(`${title}.docx`));
  return db.transaction(() => {
    const path = writeNewFile(target, 'docx', docxBytes(blocks));
    logActivity(db, 'briefs.generate', 'pilot_creator', member.id, { path, missing: missing.map((m) => m.field) });
    return { path, html: null, missing };
  })();
}
