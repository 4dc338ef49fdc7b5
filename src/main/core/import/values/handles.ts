/**
 * Handles as longlists hold them: one or several in a cell ("@maya.makes,
 * @mayamakes (TikTok)", separated by , ; | / or line breaks), with a platform
 * named before or after ("TikTok: @x", "@x (TT)"), or as profile links whose
 * host names the platform (instagram.com/x, tiktok.com/@x, youtube.com/@x,
 * /c/x, /channel/x, x.com/x, pinterest, twitch). Handles are checked as the
 * app checks a typed one: 1 to 64 letters, digits, dots, dashes, underscores.
 */

import type { Handle, Platform } from '../../../../shared/entities';
import { platformOf } from '../tracking/creator-cell';
import { fail, type ValueResult } from './value-result';

const HANDLE = /^[\p{L}\p{N}._-]{1,64}$/u;
const UNKNOWN_SITE = 'is not a profile link on a platform Pilotdesk knows';

export interface HandleCell {
  handles: Handle[];
  /** The profile links the cell held, as full https addresses. */
  urls: string[];
}

/**
 * Reads every handle in a cell; `platform` is the one a bare handle is on.
 * A link to a site of no known platform (a blog, a link page) is refused, or
 * with 'keep' kept as a link without a handle.
 */
export function readHandleCell(
  text: string,
  platform: Platform,
  otherLinks: 'keep' | 'refuse' = 'refuse',
): ValueResult<HandleCell> {
  const out: HandleCell = { handles: [], urls: [] };
  const pieces = text
    .split(/[,;|\n\r]+|\s+\/\s+/)
    // "@a @b" and "@a/@b" are two handles, but "TikTok: @a" is one, labelled.
    .flatMap((p) => (looksLikeUrl(p.trim()) ? [p] : p.split(/\/(?=@)|(?<!:)\s+(?=@)/)))
    .map((p) => p.trim())
    .filter((p) => p !== '');
  for (const piece of pieces) {
    if (looksLikeUrl(piece)) {
      const url = withScheme(piece);
      const handle = handleOfUrl(url);
      if (handle.ok) out.handles.push(handle.value);
      else if (otherLinks === 'refuse' || handle.message !== UNKNOWN_SITE) return fail(`"${piece}" ${handle.message}`);
      out.urls.push(url);
      continue;
    }
    const read = labelledHandle(piece, platform);
    if (!read.ok) return read;
    out.handles.push(read.value);
  }
  return { ok: true, value: out };
}

function labelledHandle(piece: string, platform: Platform): ValueResult<Handle> {
  let text = piece;
  let on = platform;
  const before = /^([A-Za-z][A-Za-z ]{0,20}):\s*(.+)$/.exec(text);
  const after = /^(.+?)\s*[([]\s*([^)\]]{1,20}?)\s*[)\]]$/.exec(text);
  if (before?.[1] && before[2]) {
    on = platformOf(before[1]);
    text = before[2];
  } else if (after?.[1] && after[2]) {
    on = platformOf(after[2]);
    text = after[1];
  }
  let handle = text.trim().replace(/^@/, '');
  // Instagram and TikTok handles cannot end in a dot: one there is the full stop of the sentence it was typed in.
  if (on === 'instagram' || on === 'tiktok') handle = handle.replace(/\.+$/, '');
  if (!HANDLE.test(handle)) {
    return fail(`"${piece}" is not a handle (1 to 64 letters, digits, dots, dashes and underscores)`);
  }
  return { ok: true, value: { platform: on, handle } };
}

export function looksLikeUrl(text: string): boolean {
  return /^https?:\/\//i.test(text) || /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\S*$/i.test(text);
}

export function withScheme(text: string): string {
  return /^https?:\/\//i.test(text) ? text : `https://${text}`;
}

type PathReader = (segments: string[]) => string | undefined;

const first: PathReader = (s) => s[0];
const INSTAGRAM_PAGES = new Set(['p', 'reel', 'reels', 'stories', 'explore', 'tv', 'accounts']);

/** Hosts (without www., m.) and how their paths name an account. */
const HOSTS: Array<[RegExp, Platform, PathReader]> = [
  [/^(instagram\.com|instagr\.am)$/, 'instagram', (s) => (INSTAGRAM_PAGES.has(s[0] ?? '') ? undefined : s[0])],
  [/^tiktok\.com$/, 'tiktok', (s) => (s[0]?.startsWith('@') ? s[0] : undefined)],
  [
    /^youtube\.com$/,
    'youtube',
    (s) => (s[0]?.startsWith('@') ? s[0] : ['c', 'user', 'channel'].includes(s[0] ?? '') ? s[1] : undefined),
  ],
  [/^(x\.com|twitter\.com)$/, 'x', first],
  [/^pinterest\.[a-z.]+$/, 'pinterest', first],
  [/^twitch\.tv$/, 'twitch', first],
  [/^(facebook\.com|fb\.com)$/, 'facebook', (s) => (s[0] === 'profile.php' ? undefined : s[0])],
  [/^snapchat\.com$/, 'snapchat', (s) => (s[0] === 'add' ? s[1] : undefined)],
];

/** The account a profile link names, by its host and path. */
export function handleOfUrl(url: string): ValueResult<Handle> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return fail('is not a link');
  }
  const host = parsed.hostname.toLowerCase().replace(/^(www|m|mobile)\./, '');
  const known = HOSTS.find(([pattern]) => pattern.test(host));
  if (!known) return fail(UNKNOWN_SITE);
  const segments = parsed.pathname.split('/').filter((s) => s !== '');
  const account = known[2](segments.map(decoded));
  const handle = account?.replace(/^@/, '');
  if (!handle || !HANDLE.test(handle)) return fail(`names no ${known[1]} account`);
  return { ok: true, value: { platform: known[1], handle } };
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
