/** What the review's values are called on screen. */

import type { Verdict } from '../../../../shared/results';
import type { Decision } from '../../../../shared/review';

export const DECISION_LABELS: Record<Decision, string> = {
  renew: 'Renew',
  probation: 'Probation',
  stop: 'Stop',
};

export const VERDICT_LABELS: Record<Verdict, string> = {
  met: 'Met target',
  missed: 'Missed target',
  not_enough_data: 'Not enough data',
  no_target: 'No target set',
};

/** A return ratio as "2.35×"; "—" when it cannot be computed. */
export function ratio(value: number | null): string {
  if (value === null) return '—';
  return `${new Intl.NumberFormat(navigator.language, { maximumFractionDigits: 2 }).format(value)}×`;
}

/** A timestamp from the core (ISO 8601) as a local date and time. */
export function when(iso: string): string {
  return new Intl.DateTimeFormat(navigator.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
