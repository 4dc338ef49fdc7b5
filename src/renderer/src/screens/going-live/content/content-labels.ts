/** Content words the tab shows: review statuses, decisions and kinds of caption findings. */

import type { FindingKind, ReviewEntry, ReviewStatus } from '../../../../../shared/content';

export const STATUS_LABELS: Record<ReviewStatus, string> = {
  needs_review: 'Needs review',
  approved: 'Approved',
  changes_requested: 'Changes requested',
};

export const DECISION_LABELS: Record<ReviewEntry['decision'], string> = {
  approve: 'Approved',
  request_changes: 'Requested changes',
  reopened: 'Back to review (caption changed)',
};

export const FINDING_LABELS: Record<FindingKind, string> = {
  missing: 'Missing disclosure',
  below_fold: 'Below the fold',
  in_hashtags: 'Lost in trailing hashtags',
  ambiguous: 'Ambiguous disclosure',
  banned_claim: 'Banned claim',
};

export const findingsCount = (n: number) => (n === 1 ? '1 finding' : `${n} findings`);

const two = (n: number) => String(n).padStart(2, '0');

/** "2026-03-05T18:30:12.000Z" -> "2026-03-05 19:30" in this computer's time: enough for a review history. */
export function shortTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
