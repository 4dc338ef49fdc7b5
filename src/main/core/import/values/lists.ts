/**
 * Lists and yes/no cells of a longlist: categories and brands written in one
 * cell ("skincare, beauty", "Glossier; Rituals | Weleda"), and whether someone
 * posts shopping links as a person would mark it, in the languages of the
 * teams that keep such sheets.
 */

import { fail, type ValueResult } from './value-result';

/** The items of a list cell, trimmed, blanks and repeats (any case) left out. */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[,;|/\n\r]+/)) {
    const item = part.replace(/\s+/g, ' ').trim();
    const key = item.toLowerCase();
    if (item === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

const YES = new Set(['yes', 'y', 'true', '1', 'x', '✓', '✔', 'ja', 'j', 'oui', 'sí', 'si', 'wahr', 'vrai']);
const NO = new Set(['no', 'n', 'false', '0', 'nein', 'non', 'falsch', 'faux', '✗', '✘']);

/** True, false, or null for a blank cell (not known). */
export function parseYesNo(text: string): ValueResult<boolean | null> {
  const cell = text.trim().toLowerCase();
  if (cell === '') return { ok: true, value: null };
  if (YES.has(cell)) return { ok: true, value: true };
  if (NO.has(cell)) return { ok: true, value: false };
  // A count of links or codes seen ("3") says yes; none says no.
  if (/^\d{1,6}$/.test(cell)) return { ok: true, value: Number(cell) > 0 };
  return fail('is not yes or no');
}
