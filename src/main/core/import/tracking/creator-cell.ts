/**
 * A tracking sheet's creator and channel cells. Teams write a creator as a
 * name, a handle, or both ("Maya Okafor (@maya.glows)", "Maya Okafor @maya.glows",
 * "@maya.glows"), and a channel in their own words ("IG", "TikTok", "YouTube Shorts").
 */

import type { Platform } from '../../../../shared/entities';
import type { ValueResult } from '../values';

export interface CreatorName {
  /** As the sheet names them; null when the cell holds only a handle. */
  name: string | null;
  /** Without the @; null when the cell holds only a name. */
  handle: string | null;
}

const HANDLE = /^@?([\p{L}\p{N}._-]{1,64})$/u;
const NAME_AND_HANDLE = /^(.+?)\s*[([]?\s*@([\p{L}\p{N}._-]{1,64})\s*[)\]]?$/u;

export function readCreatorName(text: string): ValueResult<CreatorName> {
  const cell = text.trim().replace(/\s+/g, ' ');
  if (!cell) return { ok: false, message: 'is empty' };
  if (cell.length > 120) return { ok: false, message: 'is longer than 120 characters' };
  const both = NAME_AND_HANDLE.exec(cell);
  if (both?.[1] && both[2]) return { ok: true, value: { name: both[1].trim(), handle: both[2] } };
  if (cell.startsWith('@')) {
    const only = HANDLE.exec(cell);
    if (!only?.[1])
      return { ok: false, message: `"${cell}" is not a handle (letters, digits, dots, dashes, underscores)` };
    return { ok: true, value: { name: null, handle: only[1] } };
  }
  return { ok: true, value: { name: cell, handle: null } };
}

const CHANNELS: Array<[RegExp, Platform]> = [
  [/^(ig|insta|instagram)\b/i, 'instagram'],
  [/^(tt|tik ?tok)\b/i, 'tiktok'],
  [/^(yt|youtube)\b/i, 'youtube'],
  [/^pinterest\b/i, 'pinterest'],
  [/^twitch\b/i, 'twitch'],
  [/^(x|twitter)\b/i, 'x'],
  [/^(fb|facebook)\b/i, 'facebook'],
  [/^snap(chat)?\b/i, 'snapchat'],
  [/^(blog|website|newsletter)\b/i, 'blog'],
];

/** The platform a channel cell names; any other channel is "other". */
export function platformOf(channel: string): Platform {
  const text = channel.trim();
  return CHANNELS.find(([pattern]) => pattern.test(text))?.[1] ?? 'other';
}

/** A handle made from a name, for a new creator the sheet gives no handle for ("Ava Brooks" -> "ava.brooks"). */
export function handleFromName(name: string): string {
  const plain = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '.')
    .replace(/^\.+|\.+$/g, '');
  return (plain || 'creator').slice(0, 64);
}
