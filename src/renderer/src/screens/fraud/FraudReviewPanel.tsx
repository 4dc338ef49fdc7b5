import { useCallback, useEffect, useState } from 'react';
import type { Pilot } from '../../../../shared/entities';
import type { FlaggedOrder, ReviewDecision } from '../../../../shared/fraud';
import { FRAUD_RULE_LABELS } from '../../../../shared/fraud';
import { FormAlert } from '../../components/FormAlert';
import { RowAction } from '../../components/RowAction';
import { count, date, money } from '../../format';
import { useFraud } from '../../stores/fraud';
import { when } from '../review/review-labels';
import { FraudDecisionDialog } from './FraudDecisionDialog';

const DECISION_LABELS: Record<ReviewDecision, string> = { cleared: 'Cleared', rejected: 'Rejected' };

/** Flagged orders and creators with the reason, held commission, and clearing or rejecting each order. */
export function FraudReviewPanel({ pilot, onDecided }: { pilot: Pilot; onDecided(): Promise<void> }) {
  const { review, heldMinor, loading, error, refresh } = useFraud();
  const current = useFraud((s) => s.pilotId === pilot.id);
  const [deciding, setDeciding] = useState<{ order: FlaggedOrder; decision: ReviewDecision } | null>(null);
  const [onlyHeld, setOnlyHeld] = useState(false);

  useEffect(() => {
    void refresh(pilot.id);
  }, [pilot.id, refresh]);
  const afterDecision = useCallback(async () => {
    await Promise.all([refresh(pilot.id), onDecided()]);
  }, [pilot.id, refresh, onDecided]);

  if (!current || (loading && !review)) return <p className="muted">Checking the pilot’s orders for anomalies…</p>;
  if (error) return <FormAlert message={error} />;
  if (!review) return null;
  const c = review.currency;
  const totalHeld = [...heldMinor.values()].reduce((s, v) => s + v, 0);
  const orders = onlyHeld ? review.orders.filter((o) => o.held) : review.orders;

  return (
    <div className="form">
      <dl className="payout-totals">
        <div>
          <dt>Held for review</dt>
          <dd>{count(review.heldCount)} orders</dd>
        </div>
        <div>
          <dt>Commission held</dt>
          <dd>{money(totalHeld, c)}</dd>
        </div>
        <div>
          <dt>Cleared</dt>
          <dd>{count(review.clearedCount)}</dd>
        </div>
        <div>
          <dt>Rejected</dt>
          <dd>{count(review.rejectedCount)}</dd>
        </div>
      </dl>
      {review.notes.map((n) => (
        <p key={n} className="field-hint">
          {n}
        </p>
      ))}
      {review.creators.length > 0 ? (
        <section className="form" aria-labelledby="creator-flags-title">
          <h2 id="creator-flags-title">Flagged creators</h2>
          <div className="table-wrap">
            <table className="table" aria-label="Flagged creators">
              <thead>
                <tr>
                  <th scope="col">Creator</th>
                  <th scope="col">Flag</th>
                  <th scope="col">Why</th>
                  <th scope="col" className="num">
                    Orders
                  </th>
                </tr>
              </thead>
              <tbody>
                {review.creators.map((f) => (
                  <tr key={`${f.creatorId}:${f.rule}`}>
                    <td>{f.creatorName}</td>
                    <td>{FRAUD_RULE_LABELS[f.rule]}</td>
                    <td className="wrap">{f.text}</td>
                    <td className="num">{count(f.orderCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      <section className="form" aria-labelledby="flagged-orders-title">
        <div className="screen-head">
          <h2 id="flagged-orders-title">Flagged orders</h2>
          <label className="toggle">
            <input type="checkbox" checked={onlyHeld} onChange={(e) => setOnlyHeld(e.target.checked)} />
            Only orders still held
          </label>
        </div>
        {review.orders.length === 0 ? (
          <p className="muted">No orders are flagged in this pilot: nothing is held.</p>
        ) : (
          <div className="table-wrap">
            <table className="table" aria-label="Flagged orders">
              <thead>
                <tr>
                  <th scope="col">Order</th>
                  <th scope="col">Date</th>
                  <th scope="col">Creator</th>
                  <th scope="col" className="num">
                    Revenue
                  </th>
                  <th scope="col" className="num">
                    Commission held
                  </th>
                  <th scope="col">Why flagged</th>
                  <th scope="col">Decision</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {orders.map((o) => (
                  <FlaggedOrderRow
                    key={o.orderId}
                    order={o}
                    currency={c}
                    heldMinor={heldMinor.get(o.orderId)}
                    onDecide={(decision) => setDeciding({ order: o, decision })}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {deciding ? (
        <FraudDecisionDialog
          pilotId={pilot.id}
          order={deciding.order}
          decision={deciding.decision}
          currency={c}
          heldMinor={heldMinor.get(deciding.order.orderId)}
          onClose={() => setDeciding(null)}
          onDecided={afterDecision}
        />
      ) : null}
    </div>
  );
}

function FlaggedOrderRow(props: {
  order: FlaggedOrder;
  currency: string;
  heldMinor: number | undefined;
  onDecide(decision: ReviewDecision): void;
}) {
  const { order: o, currency, heldMinor, onDecide } = props;
  const ref = o.orderName ?? o.externalId;
  return (
    <tr>
      <td>{ref}</td>
      <td>{date(o.orderDate)}</td>
      <td>{o.creatorName}</td>
      <td className="num">{money(o.revenueMinor, currency)}</td>
      <td className="num">{o.held && heldMinor !== undefined ? money(heldMinor, currency) : '—'}</td>
      <td className="wrap">
        {o.reasons.length === 0 ? <span className="muted">No longer flagged</span> : null}
        {o.reasons.map((r) => (
          <div key={`${r.rule}:${r.text}`}>
            <strong>{FRAUD_RULE_LABELS[r.rule]}</strong>: {r.text}
          </div>
        ))}
      </td>
      <td className="wrap">
        {o.review ? (
          <>
            <span className={`badge ${o.review.decision}`}>{DECISION_LABELS[o.review.decision]}</span>{' '}
            <span className="reason">
              {o.review.decidedBy}, {when(o.review.decidedAt)}
            </span>
            {o.review.note ? <div className="reason">“{o.review.note}”</div> : null}
          </>
        ) : (
          <span className="badge held">Held</span>
        )}
      </td>
      <td>
        {o.review ? null : (
          <span className="row-actions">
            <RowAction label="Clear" subject={`order ${ref}`} onClick={() => onDecide('cleared')} />
            <RowAction label="Reject" subject={`order ${ref}`} onClick={() => onDecide('rejected')} />
          </span>
        )}
      </td>
    </tr>
  );
}
