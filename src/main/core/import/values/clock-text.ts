/**
 * What may follow a date in a cell: a time ("T12:54:07", " 9:05 PM"), an
 * offset ("-0700", "+02:00", "Z", " UTC") and a time-zone name, which is
 * ignored ("Pacific Time (US & Canada)", "PDT", "America/New_York").
 */

import { fail, type ValueResult } from './value-result';

export interface Clock {
  time: string | null;
  offset: string | null;
}

const TIME = /^(?:T|,? )(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(?: ?([ap])\.?m\.?(?![a-z]))?/i;
const OFFSET = /^ ?(?:(z)(?![a-z])|(?:utc|gmt)? ?([+-])(\d{1,2})(?::?(\d{2}))?(?!\d)|(utc|gmt)(?![a-z+-]))/i;
const ZONE_NAME =
  /^ ?(?:\(?[A-Z]{2,5}\)?|[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+|\(?[A-Za-z. ]*\bTime\b[A-Za-z. ]*\)?(?: \([^)]*\))?)$/;

/** Reads the text after a date; '' is no time and no offset. */
export function readClock(rest: string): ValueResult<Clock> {
  let s = rest;
  let time: string | null = null;
  let offset: string | null = null;
  const t = TIME.exec(s);
  if (t) {
    const [, h = '', m = '', sec = '00', meridiem] = t;
    let hour = Number(h);
    if (meridiem) {
      if (hour < 1 || hour > 12) return fail('has an impossible time');
      hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
    }
    if (hour > 23 || Number(m) > 59 || Number(sec) > 59) return fail('has an impossible time');
    time = `${pad(hour)}:${m}:${sec.padStart(2, '0')}`;
    s = s.slice(t[0].length);
  }
  const o = OFFSET.exec(s);
  if (o) {
    const [, zulu, sign, h, m = '00', utc] = o;
    if (zulu || utc) offset = '+0000';
    else {
      if (Number(h) > 14 || Number(m) > 59) return fail('has an impossible time zone offset');
      offset = `${sign}${pad(Number(h))}${m}`;
    }
    s = s.slice(o[0].length);
  }
  if (s !== '' && !ZONE_NAME.test(s)) return fail('has a time or time zone that cannot be read');
  return { ok: true, value: { time, offset } };
}

const pad = (n: number) => String(n).padStart(2, '0');
