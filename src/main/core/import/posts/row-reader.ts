/**
 * One row of a sheet of posts read into exact values: the link checked, the
 * platform from its cell or the link's host, the format from its cell or the
 * link's path, the posting time as posts.save takes it, counts as whole
 * numbers. The first cell that cannot be read rejects the row, naming it.
 */

import { isPostingTime } from '../../../../shared/api/content-contract';
import { isWebUrl } from '../../../../shared/api/schemas';
import { normalCaption } from '../../../../shared/caption';
import type { PostFormat } from '../../../../shared/content';
import type { Platform } from '../../../../shared/entities';
import { type DateOrder, POST_FIELD_LABELS, type PostField, type RowProblem } from '../../../../shared/imports';
import { platformOf } from '../tracking/creator-cell';
import { parseCount } from '../values/counts';
import { parseDateText } from '../values/date-text';
import { formatOfUrl, platformOfUrl } from './post-url';

export type Cells = Partial<Record<PostField, string>>;

export const METRICS = ['views', 'likes', 'comments', 'clicks'] as const;
export type Metric = (typeof METRICS)[number];

/** A row as read: null where the sheet says nothing (a recorded post keeps what it has). */
export interface PostEntry {
  row: number;
  handle: string | null;
  name: string | null;
  url: string;
  platform: Platform;
  /** True when a platform cell named it; false when read from the link. */
  platformGiven: boolean;
  format: PostFormat | null;
  postedAt: string | null;
  caption: string | null;
  views: number | null;
  likes: number | null;
  comments: number | null;
  clicks: number | null;
}

/** Cells tools write for "not known". */
const PLACEHOLDER = /^(-+|—|–|n\/?a|none|null|unknown|\?)$/i;
/** As posts.save allows. */
const MAX_METRIC = 1_000_000_000_000;
const MAX_CAPTION = 10_000;
const MAX_URL = 2000;

/** A platform's name before the format ("IG carousel", "TikTok video"); the platform is read elsewhere. */
const PLATFORM_WORD = /^(ig|instagram|tiktok|tt|yt|youtube|fb|facebook)[\s_-]+(?=\S)/i;

const FORMATS: Array<[RegExp, PostFormat]> = [
  [/^reels?$/i, 'reel'],
  [/^stor(y|ies)$/i, 'story'],
  [/^shorts?$/i, 'short'],
  [/^(lives?|live ?stream)$/i, 'live'],
  [/^(videos?|tiktok|long-?form)$/i, 'video'],
  [
    /^((posts?|photos?|images?|pictures?|carousel([ _]album)?|albums?|feed|static|single image)( post)?|pin|tweet)$/i,
    'post',
  ],
  [/^other$/i, 'other'],
];

export function formatOf(text: string): PostFormat | null {
  const cell = text.trim().replace(/\s+/g, ' ').replace(PLATFORM_WORD, '');
  return FORMATS.find(([pattern]) => pattern.test(cell))?.[1] ?? null;
}

export class RowReader {
  /** Format words not known, each with the rows whose link's format was used instead. */
  private readonly formatsFromLink = new Map<string, number[]>();
  /** Rows whose posting time carried a time zone offset. */
  private readonly offsetRows: number[] = [];

  constructor(private readonly dateOrder: DateOrder) {}

  /** What the file's rows were read with that a person should check: one line each, not one per row. */
  warnings(): string[] {
    const out: string[] = [];
    if (this.formatsFromLink.size > 0) {
      const words = [...this.formatsFromLink].map(([word, rows]) => `"${word}" (${rowsNamed(rows)})`);
      out.push(
        `Formats not known, so each post's link gave its format: ${listed(words)}. Check them, or write post, reel, story, video, short, live or other.`,
      );
    }
    if (this.offsetRows.length > 0) {
      out.push(
        `Some posting times carried a time zone offset (${rowsNamed(this.offsetRows)}); they are kept as the clock time written, not converted.`,
      );
    }
    return out;
  }

  read(row: number, given: Cells): PostEntry | { problem: RowProblem } {
    const cells: Cells = {};
    for (const [field, text] of Object.entries(given)) {
      const kept = field === 'caption' ? text : text?.trim();
      if (kept && !PLACEHOLDER.test(kept.trim())) cells[field as PostField] = kept;
    }
    const fail = (field: PostField | null, what: string) => ({
      problem: { row, field, message: `Row ${row}, ${field ? `${POST_FIELD_LABELS[field]}: ` : ''}${what}` },
    });

    const url = cells.url;
    if (!url) return fail('url', 'is empty; every post needs its link');
    if (url.length > MAX_URL) return fail('url', `is longer than ${MAX_URL} characters`);
    if (!isWebUrl(url)) return fail('url', `"${url}" is not a web address starting with http:// or https://`);
    if (!cells.handle && !cells.name) return fail(null, 'no creator: fill in the creator’s handle or name');

    let platform = platformOfUrl(url);
    let platformGiven = false;
    if (cells.platform) {
      const named = platformOf(cells.platform);
      if (named === 'other' && !/^other$/i.test(cells.platform)) {
        return fail('platform', `"${cells.platform}" is not a platform Pilotdesk knows (Instagram, TikTok, YouTube…)`);
      }
      platform = named;
      platformGiven = true;
    }
    if (!platform) {
      return fail('platform', `the link "${url}" does not tell the platform; add a platform column or fill it in`);
    }

    let format: PostFormat | null = null;
    if (cells.format) {
      format = formatOf(cells.format) ?? formatOfUrl(url);
      if (!format) {
        return fail('format', `"${cells.format}" is not a format (post, reel, story, video, short, live or other)`);
      }
    } else format = formatOfUrl(url);

    let postedAt: string | null = null;
    let hadOffset = false;
    if (cells.postedAt) {
      const read = postingTime(cells.postedAt, this.dateOrder);
      if (!read.ok) return fail('postedAt', `"${cells.postedAt}" ${read.message}`);
      postedAt = read.value;
      hadOffset = read.offset;
    }
    const caption = cells.caption === undefined ? null : normalCaption(cells.caption);
    if (caption && caption.length > MAX_CAPTION) return fail('caption', `is longer than ${MAX_CAPTION} characters`);

    const entry: PostEntry = {
      row,
      handle: cells.handle ?? null,
      name: cells.name?.replace(/\s+/g, ' ') ?? null,
      url,
      platform,
      platformGiven,
      format,
      postedAt,
      caption: caption || null,
      views: null,
      likes: null,
      comments: null,
      clicks: null,
    };
    for (const metric of METRICS) {
      const text = cells[metric];
      if (!text) continue;
      const n = parseCount(text, MAX_METRIC);
      if (!n.ok) return fail(metric, `"${text}" ${n.message}`);
      entry[metric] = n.value;
    }
    // Noted once the row is read whole: a rejected row is reported for what rejected it.
    if (cells.format && !formatOf(cells.format)) push(this.formatsFromLink, cells.format, row);
    if (hadOffset) this.offsetRows.push(row);
    return entry;
  }
}

/**
 * "2026-03-05" or "2026-03-05T18:30" (seconds only when not zero), as the
 * creator's clock showed it; offset says the cell carried a time zone offset,
 * which is not applied (posting times are the clock time, as typed by hand).
 */
function postingTime(
  text: string,
  order: DateOrder,
): { ok: true; value: string; offset: boolean } | { ok: false; message: string } {
  const read = parseDateText(text, order);
  if (!read.ok) return read;
  const { date, time, offset } = read.value;
  const clock = time === null ? '' : `T${time.endsWith(':00') ? time.slice(0, 5) : time}`;
  const value = `${date}${clock}`;
  return isPostingTime(value)
    ? { ok: true, value, offset: offset !== null }
    : { ok: false, message: 'is not a posting time' };
}

function push(map: Map<string, number[]>, key: string, row: number): void {
  const rows = map.get(key);
  if (rows) rows.push(row);
  else map.set(key, [row]);
}

/** "row 3", "rows 3, 5 and 8 more". */
function rowsNamed(rows: number[]): string {
  const shown = rows.slice(0, 3).join(', ');
  const more = rows.length > 3 ? ` and ${rows.length - 3} more` : '';
  return `${rows.length === 1 ? 'row' : 'rows'} ${shown}${more}`;
}

/** At most five, then how many more. */
function listed(items: string[]): string {
  return items.length > 5 ? `${items.slice(0, 5).join(', ')} and ${items.length - 5} more` : items.join(', ');
}
