import { useCallback, useEffect } from 'react';
import type { Pilot } from '../../../../shared/entities';
import { FormAlert } from '../../components/FormAlert';
import { count, money } from '../../format';
import { useReview } from '../../stores/review';
import { CreatorReviewDialog } from './CreatorReviewDialog';
import { RankingTable } from './RankingTable';

/** The repeat decision for one pilot: the ranking with suggestions, and the open creator's checks and decision. */
export function RepeatDecision({ pilot }: { pilot: Pilot }) {
  const { list, loading, error, openId, open, refresh } = useReview();
  const current = useReview((s) => s.pilotId === pilot.id);

  useEffect(() => {
    void refresh(pilot.id);
  }, [pilot.id, refresh]);

  const reload = useCallback(() => refresh(pilot.id), [pilot.id, refresh]);

  if (!current || (loading && !list)) return <p className="muted">Ranking the creators…</p>;
  if (error) return <FormAlert message={error} />;
  if (!list) return null;
  if (list.rows.length === 0) {
    return <p className="muted">No creators in this pilot yet: add them on the Creators screen to review them.</p>;
  }
  const row = list.rows.find((r) => r.pilotCreatorId === openId) ?? null;
  return (
    <div className="form">
      <p className="muted" role="status">
        {count(list.rows.length)} creators ranked by CAC against the target
        {list.targetCacMinor !== null ? ` (${money(list.targetCacMinor, list.currency)})` : ' (no target CAC set)'},
        then by iROAS; the top {count(list.topCount)} are the top 20%. Below {count(list.minSample)} net orders there is
        not enough data to judge.
      </p>
      <RankingTable rows={list.rows} currency={list.currency} openId={openId} onOpen={open} />
      {row ? (
        <CreatorReviewDialog
          key={row.pilotCreatorId}
          row={row}
          currency={list.currency}
          onClose={() => open(null)}
          onSaved={reload}
        />
      ) : null}
    </div>
  );
}
