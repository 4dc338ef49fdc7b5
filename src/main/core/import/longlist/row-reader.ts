/**
 * One longlist row read into exact values: handles from every column that
 * can hold them, counts and rates as whole numbers, lists split. The first
 * cell that cannot be read rejects the row, naming it; a bad email is only
 * left out, with a note, since the person is still worth keeping.
 */

import { z } from 'zod';
import { isWebUrl } from '../../../../shared/api/schemas';
import type { Handle, Platform } from '../../../../shared/entities';
import { LONGLIST_FIELD_LABELS, type LonglistField, type RowProblem } from '../../../../shared/imports';
import type { ProfileFields } from '../../db/profiles';
import { handleKey } from '../../db/profiles';
import { platformOf } from '../tracking/creator-cell';
import { parseCount } from '../values/counts';
import { readHandleCell } from '../values/handles';
import { parseYesNo, splitList } from '../values/lists';
import { type PercentReading, parsePercentPoints } from '../values/percent-points';
import { platformInHeader } from './columns';

export type Cells = Partial<Record<LonglistField, string>>;

/** What a row says of a person: only the values it holds (a blank cell keeps what a profile has). */
export type ImportedFields = Partial<Omit<ProfileFields, 'name'>>;

export interface LonglistEntry {
  row: number;
  name: string | null;
  handles: Handle[];
  fields: ImportedFields;
}

/** Cells tools write for "not known". */
const PLACEHOLDER = /^(-+|—|–|n\/?a|none|null|unknown|\?)$/i;

const MAX_FOLLOWERS = 2_000_000_000;
const MAX_VIEWS = 10_000_000_000;
const MAX_ENGAGEMENT_BP = 100_000;
const TEXT_LIMITS = { name: 120, country: 80, region: 120, city: 120, audienceNotes: 2000 } as const;
const emailCheck = z.email();

const HANDLE_COLUMNS: Array<[LonglistField, Platform | null]> = [
  ['handle', null],
  ['instagram', 'instagram'],
  ['tiktok', 'tiktok'],
  ['youtube', 'youtube'],
  ['profileUrl', null],
];

export class RowReader {
  private readonly headerPlatform: Platform;
  private readonly badEmails: string[] = [];

  constructor(
    columns: Partial<Record<LonglistField, string>>,
    private readonly reading: PercentReading,
  ) {
    this.headerPlatform = platformInHeader(columns.handle ?? '') ?? 'instagram';
  }

  read(row: number, given: Cells): LonglistEntry | { problem: RowProblem } {
    const cells: Cells = {};
    for (const [field, text] of Object.entries(given)) {
      if (text && !PLACEHOLDER.test(text)) cells[field as LonglistField] = text;
    }
    const fail = (field: LonglistField | null, what: string) => ({
      problem: { row, field, message: `Row ${row}, ${field ? `${LONGLIST_FIELD_LABELS[field]}: ` : ''}${what}` },
    });
    for (const [field, limit] of Object.entries(TEXT_LIMITS)) {
      const text = cells[field as keyof typeof TEXT_LIMITS];
      if (text && text.length > limit) return fail(field as LonglistField, `is longer than ${limit} characters`);
    }
    const entry: LonglistEntry = { row, name: cells.name?.replace(/\s+/g, ' ') ?? null, handles: [], fields: {} };
    const f = entry.fields;

    const bare = cells.platform ? platformOf(cells.platform) : this.headerPlatform;
    const seen = new Set<string>();
    for (const [field, platform] of HANDLE_COLUMNS) {
      const text = cells[field];
      if (!text) continue;
      const read = readHandleCell(text, platform ?? bare, field === 'profileUrl' ? 'keep' : 'refuse');
      if (!read.ok) return fail(field, read.message);
      for (const h of read.value.handles) {
        if (seen.has(handleKey(h))) continue;
        seen.add(handleKey(h));
        entry.handles.push(h);
      }
      const url = read.value.urls.find(isWebUrl);
      if (url && f.profileUrl === undefined) f.profileUrl = url;
    }
    if (entry.handles.length === 0) {
      return fail(null, 'no handle: fill in a handle, an Instagram, TikTok or YouTube handle, or a profile link');
    }

    for (const [field, max] of [
      ['followers', MAX_FOLLOWERS],
      ['avgViews', MAX_VIEWS],
    ] as const) {
      const text = cells[field];
      if (!text) continue;
      const n = parseCount(text, max);
      if (!n.ok) return fail(field, `"${text}" ${n.message}`);
      f[field] = n.value;
    }
    if (cells.engagementRate) {
      const bp = parsePercentPoints(cells.engagementRate, this.reading, MAX_ENGAGEMENT_BP);
      if (!bp.ok) return fail('engagementRate', `"${cells.engagementRate}" ${bp.message}`);
      f.engagementBp = bp.value;
    }
    for (const field of ['country', 'region', 'city', 'audienceNotes'] as const) {
      const text = cells[field];
      if (text) f[field] = field === 'audienceNotes' ? text : text.replace(/\s+/g, ' ');
    }
    for (const field of ['categories', 'pastBrands'] as const) {
      const text = cells[field];
      if (!text) continue;
      const items = splitList(text);
      if (items.length > 50) return fail(field, 'holds more than 50 items');
      const long = items.find((i) => i.length > 80);
      if (long) return fail(field, `"${long.slice(0, 40)}…" is longer than 80 characters`);
      if (items.length > 0) f[field] = items;
    }
    if (cells.shoppingLinks) {
      const yes = parseYesNo(cells.shoppingLinks);
      if (!yes.ok) return fail('shoppingLinks', `"${cells.shoppingLinks}" ${yes.message}`);
      if (yes.value !== null) f.shoppingLinks = yes.value;
    }
    if (cells.email) {
      if (emailCheck.safeParse(cells.email).success) f.email = cells.email;
      else this.badEmails.push(`row ${row} ("${cells.email}")`);
    }
    return entry;
  }

  /** What the preview should say about values left out. */
  notes(): string[] {
    const n = this.badEmails.length;
    if (n === 0) return [];
    const listed = this.badEmails.slice(0, 5).join(', ');
    const more = n > 5 ? ` and ${n - 5} more` : '';
    return [
      `${n} email${n === 1 ? ' is' : 's are'} not an email address and ${n === 1 ? 'was' : 'were'} left out (the rest of the row is kept): ${listed}${more}.`,
    ];
  }
}
