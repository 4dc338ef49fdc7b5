/** Days as the timeline says them: weekday and date, in the user's locale, read as calendar days (UTC). */

const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const dayWithYear = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const weekday = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** "3 Mar – 16 Mar 2026", or one day when start and end are the same. */
export function dayRange(start: string, end: string): string {
  if (start === end) return dayWithYear.format(at(start));
  return `${day.format(at(start))} – ${dayWithYear.format(at(end))}`;
}

/** "Monday, 3 Mar". */
export function weekdayWords(iso: string): string {
  return weekday.format(at(iso));
}
