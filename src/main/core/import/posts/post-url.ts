/**
 * What a post's link tells: the platform by its host, the format by its path
 * (instagram.com/reel/..., youtube.com/shorts/...), and the key two links of
 * the same post share. Links are pasted from share menus, which add tracking
 * parameters (igsh, si, utm_...) and vary in "www." and trailing slashes.
 */

import type { PostFormat } from '../../../../shared/content';
import type { Platform } from '../../../../shared/entities';

const HOSTS: Array<[RegExp, Platform]> = [
  [/^(instagram\.com|instagr\.am)$/, 'instagram'],
  [/^(tiktok\.com|vm\.tiktok\.com|vt\.tiktok\.com)$/, 'tiktok'],
  [/^(youtube\.com|youtu\.be|music\.youtube\.com)$/, 'youtube'],
  [/^(x\.com|twitter\.com)$/, 'x'],
  [/^(pinterest\.[a-z.]+|pin\.it)$/, 'pinterest'],
  [/^(twitch\.tv|clips\.twitch\.tv)$/, 'twitch'],
  [/^(facebook\.com|fb\.com|fb\.watch)$/, 'facebook'],
  [/^snapchat\.com$/, 'snapchat'],
];

/** Query parameters share menus add; they never tell one post from another. */
const SHARING = /^(utm_.*|igsh|igshid|si|feature|is_from_webapp|sender_device|_r|_t|ref|share_.*|t|img_index)$/i;

/** An Instagram post's path: /p/, /reel/, /reels/ or /tv/ and its shortcode, after the account's name in some shares. */
const INSTAGRAM_POST = /^\/(?:[^/]+\/)?(p|reels?|tv)\/([\w-]+)/;

function parse(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

const hostOf = (u: URL) => u.hostname.toLowerCase().replace(/^(www|m|mobile)\./, '');

/** The platform a link's host names, or null for a site Pilotdesk does not know (a blog). */
export function platformOfUrl(url: string): Platform | null {
  const u = parse(url);
  if (!u) return null;
  const host = hostOf(u);
  return HOSTS.find(([pattern]) => pattern.test(host))?.[1] ?? null;
}

/** The format a link's path names, or null when it does not say. */
export function formatOfUrl(url: string): PostFormat | null {
  const u = parse(url);
  if (!u) return null;
  const host = hostOf(u);
  const path = u.pathname.toLowerCase();
  if (/^(instagram\.com|instagr\.am)$/.test(host)) {
    if (path.startsWith('/stories/')) return 'story';
    const kind = INSTAGRAM_POST.exec(path)?.[1];
    if (kind === 'p') return 'post';
    if (kind === 'tv') return 'video';
    return kind ? 'reel' : null;
  }
  if (host.endsWith('tiktok.com')) return 'video';
  if (host === 'youtube.com') {
    if (path.startsWith('/shorts/')) return 'short';
    if (path.startsWith('/live/')) return 'live';
    return path === '/watch' ? 'video' : null;
  }
  if (host === 'youtu.be') return 'video';
  return null;
}

/**
 * The same post whatever the link's shape: the platform and the post's own id
 * where the link has one (an Instagram shortcode under /p/ or /reel/, a
 * YouTube video id from youtu.be, watch?v= or shorts/, a TikTok video id),
 * else the host without www, the path without a trailing slash and the query
 * without sharing parameters.
 */
export function postKey(url: string): string {
  const u = parse(url);
  if (!u) return url.trim();
  const id = postIdOf(u);
  if (id) return id;
  const kept = [...u.searchParams].filter(([name]) => !SHARING.test(name)).sort(([a], [b]) => a.localeCompare(b));
  const query = kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : '';
  return `${hostOf(u)}${u.pathname.replace(/\/+$/, '')}${query}`;
}

/** "instagram C1abc", "youtube dQw4w9WgXcQ", "tiktok 7300…": ids keep their case (shortcodes are case-sensitive). */
function postIdOf(u: URL): string | null {
  const host = hostOf(u);
  const path = u.pathname;
  if (/^(instagram\.com|instagr\.am)$/.test(host)) {
    const code = INSTAGRAM_POST.exec(path)?.[2];
    return code ? `instagram ${code}` : null;
  }
  if (host === 'youtu.be') return keyed('youtube', path.split('/')[1]);
  if (host === 'youtube.com' || host === 'music.youtube.com') {
    if (path === '/watch') return keyed('youtube', u.searchParams.get('v'));
    return keyed('youtube', /^\/(?:shorts|live|embed)\/([\w-]+)/.exec(path)?.[1]);
  }
  if (host === 'tiktok.com') return keyed('tiktok', /\/video\/(\d+)/.exec(path)?.[1]);
  return null;
}

const keyed = (platform: string, id: string | null | undefined) => (id ? `${platform} ${id}` : null);

/** The account a link's path names (tiktok.com/@maya/video/1, youtube.com/@maya/...), when it does. */
export function handleInUrl(url: string): string | null {
  const u = parse(url);
  if (!u) return null;
  const first = u.pathname.split('/').find((s) => s !== '') ?? '';
  if (!first.startsWith('@') || first.length < 2) return null;
  try {
    return decodeURIComponent(first.slice(1));
  } catch {
    return first.slice(1);
  }
}
