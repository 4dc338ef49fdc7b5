import { VERDICT_LABELS, type Verdict } from '../../../../shared/results';
import { VERDICT_MARKS } from './figures';

/** Met / missed / not enough data: a mark, a word and a colour, with the reason on hover. */
export function VerdictBadge({ verdict, reason }: { verdict: Verdict; reason?: string }) {
  return (
    <span className={`badge verdict ${verdict}`} title={reason}>
      <span aria-hidden="true">{VERDICT_MARKS[verdict]} </span>
      {VERDICT_LABELS[verdict]}
    </span>
  );
}
