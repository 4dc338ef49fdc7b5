import { useEffect, useState } from 'react';
import type { Pilot } from '../../../../shared/entities';
import type { ApproveResult } from '../../../../shared/payouts';
import { FormAlert } from '../../components/FormAlert';
import { count, date, money } from '../../format';
import { useNavigation } from '../../stores/navigation';
import { usePayouts } from '../../stores/payouts';
import { useWorkspace } from '../../stores/workspace';
import { ApproveDialog } from './ApproveDialog';
import { PayableTable } from './PayableTable';
import { PeriodFields } from './PeriodFields';

/** Choose a period, see what is payable per creator and what is pending, and approve. */
export function PayablePanel({ pilot, onApproved }: { pilot: Pilot; onApproved(): Promise<void> }) {
  const { periodStart, periodEnd, preview, previewLoading, previewErrors, setPeriod, refreshPreview } = usePayouts();
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [approving, setApproving] = useState<'selected' | 'all' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const noOrders = useWorkspace((s) => s.info?.orderCount === 0);
  const go = useNavigation((s) => s.go);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the store reads the period itself; a new period must fetch again
  useEffect(() => {
    setSelected(new Set());
    void refreshPreview(pilot.id);
  }, [pilot.id, periodStart, periodEnd, refreshPreview]);

  const current = preview && preview.pilotId === pilot.id ? preview : null;
  const payable = current?.creators.filter((c) => c.blocked === null) ?? [];
  const chosen = payable.filter((c) => selected.has(c.creatorId));
  const chosenTotal = chosen.reduce((s, c) => s + c.totalMinor, 0);
  const pendingTotal = current?.creators.reduce((s, c) => s + c.pendingMinor, 0) ?? 0;

  async function approved(result: ApproveResult) {
    const total = result.payouts.reduce((s, p) => s + p.amountMinor, 0);
    const skipped = result.skipped.map((s) => `${s.name}: ${s.reason}`).join('; ');
    setDone(
      `Approved ${count(result.payouts.length)} ${result.payouts.length === 1 ? 'payout' : 'payouts'} totalling ${money(total, pilot.currency)}.${skipped ? ` Left out: ${skipped}.` : ''} Export the finance file under Past payouts.`,
    );
    setSelected(new Set());
    await Promise.all([refreshPreview(pilot.id), onApproved()]);
  }

  if (noOrders) {
    return (
      <section className="empty-state" aria-labelledby="payouts-empty-title">
        <h2 id="payouts-empty-title">No orders yet</h2>
        <p className="muted">
          Creators earn commission on the orders credited to them. Import the shop’s orders first; what is payable then
          shows here.
        </p>
        <button type="button" className="button primary" onClick={() => go('orders')}>
          Go to orders
        </button>
      </section>
    );
  }

  return (
    <div className="form">
      <div className="toolbar">
        <PeriodFields
          start={periodStart}
          end={periodEnd}
          errors={previewErrors}
          onChange={(start, end) => {
            setDone(null);
            setPeriod(start, end);
          }}
        />
      </div>
      <FormAlert message={previewErrors[''] ?? null} />
      <p className="notice" role="status">
        {done}
      </p>
      {previewLoading && !current ? <p className="muted">Working out what is payable…</p> : null}
      {current ? (
        <>
          <p className="muted">
            Commission on an order is payable once the order is older than the {count(current.returnWindowDays)}-day
            return window at the period’s end: orders up to {date(current.payableThrough)}, not fully refunded and not
            held for fraud review.
          </p>
          <dl className="payout-totals">
            <div>
              <dt>Payable now</dt>
              <dd data-testid="payable-total">{money(current.totalMinor, current.currency)}</dd>
            </div>
            <div>
              <dt>Creators to pay</dt>
              <dd>{count(payable.length)}</dd>
            </div>
            <div>
              <dt>Pending</dt>
              <dd>{money(pendingTotal, current.currency)}</dd>
            </div>
          </dl>
          {current.creators.length === 0 ? (
            <p className="muted">No creators in this pilot yet.</p>
          ) : (
            <>
              {payable.length === 0 ? (
                <p className="muted" role="status">
                  Nothing is payable for this period yet. The details below say what each creator is waiting for.
                </p>
              ) : null}
              <div className="actions">
                <button
                  type="button"
                  className="button primary"
                  disabled={payable.length === 0}
                  onClick={() => setApproving('all')}
                >
                  Approve all ({money(current.totalMinor, current.currency)})
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={chosen.length === 0}
                  onClick={() => setApproving('selected')}
                >
                  Approve selected ({count(chosen.length)})
                </button>
              </div>
              <PayableTable preview={current} selected={selected} onSelect={setSelected} />
            </>
          )}
        </>
      ) : null}
      {approving && current ? (
        <ApproveDialog
          pilotId={pilot.id}
          periodStart={current.periodStart}
          periodEnd={current.periodEnd}
          creatorIds={approving === 'all' ? null : chosen.map((c) => c.creatorId)}
          creatorCount={approving === 'all' ? payable.length : chosen.length}
          totalMinor={approving === 'all' ? current.totalMinor : chosenTotal}
          currency={current.currency}
          onClose={() => setApproving(null)}
          onApproved={approved}
        />
      ) : null}
    </div>
  );
}
