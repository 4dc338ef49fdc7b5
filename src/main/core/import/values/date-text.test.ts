import { describe, expect, it } from 'vitest';
import { dateOrdersFitting, parseDateText } from './date-text';

const day = (date: string, time: string | null = null, offset: string | null = null) => ({
  ok: true,
  value: { date, time, offset },
});

describe('parseDateText', () => {
  it('reads year-month-day in its shapes, with Shopify time and offset', () => {
    expect(parseDateText('2026-05-12 12:54:07 -0700', 'ymd')).toEqual(day('2026-05-12', '12:54:07', '-0700'));
    expect(parseDateText('2026-04-05 21:06:21 +0400', 'ymd')).toEqual(day('2026-04-05', '21:06:21', '+0400'));
    expect(parseDateText('2026/7/6', 'ymd')).toEqual(day('2026-07-06'));
    expect(parseDateText('2026.07.06', 'ymd')).toEqual(day('2026-07-06'));
    expect(parseDateText('20260706', 'ymd')).toEqual(day('2026-07-06'));
    expect(parseDateText('2026-05-12T12:54:07.123Z', 'ymd')).toEqual(day('2026-05-12', '12:54:07', '+0000'));
    expect(parseDateText('2026-07-06T09:05-07:00', 'ymd')).toEqual(day('2026-07-06', '09:05:00', '-0700'));
    expect(parseDateText('2026-07-06 12:00 +05:30', 'ymd')).toEqual(day('2026-07-06', '12:00:00', '+0530'));
    expect(parseDateText('2026-07-06 UTC', 'ymd')).toEqual(day('2026-07-06', null, '+0000'));
  });

  it('keeps the calendar date as written, never moved to UTC', () => {
    expect(parseDateText('2026-12-31 23:30:00 -0800', 'ymd')).toEqual(day('2026-12-31', '23:30:00', '-0800'));
    expect(parseDateText('2026-01-01 00:10:00 +1400', 'ymd')).toEqual(day('2026-01-01', '00:10:00', '+1400'));
  });

  it('reads month/day/year as US exports and Excel write it', () => {
    expect(parseDateText('7/25/2018 21:06', 'mdy')).toEqual(day('2018-07-25', '21:06:00'));
    expect(parseDateText('09/03/26', 'mdy')).toEqual(day('2026-09-03'));
    expect(parseDateText('12-27-2018', 'mdy')).toEqual(day('2018-12-27'));
    expect(parseDateText('7/6/2026, 9:05:01 PM', 'mdy')).toEqual(day('2026-07-06', '21:05:01'));
    expect(parseDateText('12/1/2026 12:00 AM', 'mdy')).toEqual(day('2026-12-01', '00:00:00'));
    expect(parseDateText('12/1/2026 12:30 pm', 'mdy')).toEqual(day('2026-12-01', '12:30:00'));
  });

  it('reads day/month/year with slashes, dots and dashes', () => {
    expect(parseDateText('06.07.2026', 'dmy')).toEqual(day('2026-07-06'));
    expect(parseDateText('6/7/2026 14:05:09', 'dmy')).toEqual(day('2026-07-06', '14:05:09'));
    expect(parseDateText('31-12-26', 'dmy')).toEqual(day('2026-12-31'));
  });

  it('reads English month names under the order they imply', () => {
    expect(parseDateText('Jul 6, 2026', 'mdy')).toEqual(day('2026-07-06'));
    expect(parseDateText('July 6 2026', 'mdy')).toEqual(day('2026-07-06'));
    expect(parseDateText('Sept. 30, 2026', 'mdy')).toEqual(day('2026-09-30'));
    expect(parseDateText('6 Jul 2026', 'dmy')).toEqual(day('2026-07-06'));
    expect(parseDateText('6-Jul-26', 'dmy')).toEqual(day('2026-07-06'));
    expect(parseDateText('1st February, 2026', 'dmy')).toEqual(day('2026-02-01'));
    expect(parseDateText('Monday, July 6, 2026', 'mdy')).toEqual(day('2026-07-06'));
    expect(parseDateText('Jul 6, 2026', 'dmy')).toEqual({
      ok: false,
      message: 'is not a day/month/year date; it reads as month/day/year',
    });
  });

  it('ignores a trailing time-zone name', () => {
    expect(parseDateText('2026-07-18 Eastern Time (US & Canada)', 'ymd')).toEqual(day('2026-07-18'));
    expect(parseDateText('2026-07-18 21:50:48 PDT', 'ymd')).toEqual(day('2026-07-18', '21:50:48'));
    expect(parseDateText('2026-07-18 21:50 America/Los_Angeles', 'ymd')).toEqual(day('2026-07-18', '21:50:00'));
    expect(parseDateText('Mon Jul 06 2026 12:54:07 GMT-0700 (Pacific Daylight Time)', 'mdy')).toEqual(
      day('2026-07-06', '12:54:07', '-0700'),
    );
  });

  it('accepts real calendar dates only', () => {
    expect(parseDateText('2024-02-29', 'ymd')).toEqual(day('2024-02-29'));
    expect(parseDateText('2026-02-30', 'ymd')).toEqual({ ok: false, message: 'is not a real date' });
    expect(parseDateText('2023-02-29', 'ymd')).toEqual({ ok: false, message: 'is not a real date' });
    expect(parseDateText('2026-13-01', 'ymd')).toEqual({ ok: false, message: 'is not a real date' });
    expect(parseDateText('31/04/2026', 'dmy')).toEqual({ ok: false, message: 'is not a real date' });
  });

  it('says which order a date reads in when it is not the file order', () => {
    expect(parseDateText('25/12/2026', 'mdy')).toEqual({
      ok: false,
      message: 'is not a month/day/year date; it reads as day/month/year',
    });
    expect(parseDateText('2026-07-06', 'dmy')).toEqual({
      ok: false,
      message: 'is not a day/month/year date; it reads as year-month-day',
    });
  });

  it('refuses what is not a date, impossible times and unreadable tails', () => {
    expect(parseDateText('', 'ymd')).toEqual({ ok: false, message: 'is empty' });
    expect(parseDateText('hello', 'ymd')).toEqual({ ok: false, message: 'is not a date' });
    expect(parseDateText('2026-07-06 25:00', 'ymd')).toEqual({ ok: false, message: 'has an impossible time' });
    expect(parseDateText('7/6/2026 13:00 PM', 'mdy')).toEqual({ ok: false, message: 'has an impossible time' });
    expect(parseDateText('2026-07-06 10:00 +1900', 'ymd')).toEqual({
      ok: false,
      message: 'has an impossible time zone offset',
    });
    expect(parseDateText('2026-07-06 cancelled', 'ymd')).toEqual({
      ok: false,
      message: 'has a time or time zone that cannot be read',
    });
    expect(parseDateText('2'.repeat(200), 'ymd')).toEqual({ ok: false, message: 'is too long to be a date' });
  });
});

describe('dateOrdersFitting', () => {
  it('lists every order that reads all non-empty samples, ymd first', () => {
    expect(dateOrdersFitting(['7/6/2026', '1/2/2026'])).toEqual(['mdy', 'dmy']);
    expect(dateOrdersFitting(['7/13/2026', '1/2/2026', ''])).toEqual(['mdy']);
    expect(dateOrdersFitting(['13/7/2026', '1/2/2026'])).toEqual(['dmy']);
    expect(dateOrdersFitting(['2026-05-12 12:54:07 -0700', ' '])).toEqual(['ymd']);
    expect(dateOrdersFitting(['6 Jul 2026'])).toEqual(['dmy']);
  });

  it('lists none when the samples disagree, and all when there is nothing to go on', () => {
    expect(dateOrdersFitting(['7/13/2026', '13/7/2026'])).toEqual([]);
    expect(dateOrdersFitting(['', ''])).toEqual(['ymd', 'mdy', 'dmy']);
  });
});
