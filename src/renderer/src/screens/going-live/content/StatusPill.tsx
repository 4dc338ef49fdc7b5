import type { ReviewStatus } from '../../../../../shared/content';
import { STATUS_LABELS } from './content-labels';

export function StatusPill({ status }: { status: ReviewStatus }) {
  return <span className={`state-pill review-${status}`}>{STATUS_LABELS[status]}</span>;
}
