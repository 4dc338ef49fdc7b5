import { useEffect, useState } from 'react';
import type { Pilot } from '../../../../shared/entities';
import type { ExportFormat, Payout } from '../../../../shared/payouts';
import { request } from '../../api/client';
import { ExportTableButton } from '../../components/ExportTableButton';
import { FormAlert } from '../../components/FormAlert';
import { RowAction } from '../../components/RowAction';
import { count, dateRange, money } from '../../format';
import { usePayouts } from '../../stores/payouts';
import { when } from '../review/review-labels';
import { ExportFinanceFile } from './ExportFinanceFile';
import { exportedText } from './exported';
import { MarkPaidDialog } from './MarkPaidDialog';
import { pastPayoutsShown } from './payout-tables';

/** Approved payouts, who approved and paid them and when; marking paid; the finance file and statements. */
export function PayoutHistory({ pilot }: { pilot: Pilot }) {
  const { payouts, listLoaded, listError, refreshList } = usePayouts();
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [paying, setPaying] = useState<Payout[] | null>(null);
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [exported, setExported] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setSelected(new Set());
    void refreshList(pilot.id);
  }, [pilot.id, refreshList]);

  const mine = payouts.filter((p) => p.pilotId === pilot.id);
  const chosen = mine.filter((p) => selected.has(p.id));
  const unpaidChosen = chosen.filter((p) => p.paidAt === null);

  async function statement(p: Payout) {
    setError(null);
    try {
      const r = await request('payouts.statement', { payoutId: p.id, format });
      setExported(exportedText(`${p.creatorName}’s statement`, r));
    } catch (err) {
      setError((err as Error).message);
    }
  }

  if (!listLoaded) return <p className="muted">Loading past payouts…</p>;
  if (listError) return <FormAlert message={listError} />;
  if (mine.length === 0) {
    return (
      <p className="muted">
        No payouts approved in this pilot yet. Approve what is payable on the Payable tab; it then shows here for
        finance.
      </p>
    );
  }
  const toggle = (id: number) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };
  const allChosen = mine.every((p) => selected.has(p.id));

  return (
    <div className="form">
      <ExportFinanceFile
        pilotId={pilot.id}
        payoutIds={chosen.length > 0 ? chosen.map((p) => p.id) : null}
        format={format}
        onFormat={setFormat}
        result={exported}
        onExported={(r) => setExported(exportedText('the finance payout file', r))}
      />
      <FormAlert message={error} />
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={unpaidChosen.length === 0}
          onClick={() => setPaying(unpaidChosen)}
        >
          Mark selected paid ({count(unpaidChosen.length)})
        </button>
        <span className="muted">
          Statements are written as {format === 'csv' ? 'CSV' : 'xlsx'}, like the file above.
        </span>
        <span className="table-tools push-end">
          <ExportTableButton
            what="past payouts"
            write={(tableFormat, path) =>
              request('tables.export', {
                title: `Past payouts — ${pilot.name}`,
                format: tableFormat,
                currency: pilot.currency,
                ...pastPayoutsShown(mine),
                ...(path ? { path } : {}),
              })
            }
          />
        </span>
      </div>
      <div className="table-wrap">
        <table className="table" aria-label="Past payouts">
          <thead>
            <tr>
              <th scope="col" className="select-cell">
                <input
                  type="checkbox"
                  aria-label="Choose every payout"
                  checked={allChosen}
                  onChange={() => setSelected(allChosen ? new Set() : new Set(mine.map((p) => p.id)))}
                />
              </th>
              <th scope="col">Creator</th>
              <th scope="col">Period</th>
              <th scope="col" className="num">
                Orders
              </th>
              <th scope="col" className="num">
                Amount
              </th>
              <th scope="col">Approved</th>
              <th scope="col">Paid</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {mine.map((p) => (
              <tr key={p.id} aria-current={selected.has(p.id) ? 'true' : undefined}>
                <td className="select-cell">
                  <input
                    type="checkbox"
                    aria-label={`Choose the payout to ${p.creatorName}, ${dateRange(p.periodStart, p.periodEnd)}`}
                    checked={selected.has(p.id)}
                    onChange={() => toggle(p.id)}
                  />
                </td>
                <td>
                  {p.creatorName} {p.payeeRef ? <span className="muted mono">{p.payeeRef}</span> : null}
                </td>
                <td>{dateRange(p.periodStart, p.periodEnd)}</td>
                <td className="num">{count(p.orderCount)}</td>
                <td className="num">{money(p.amountMinor, p.currency)}</td>
                <td className="wrap">
                  <span className="badge approved">Approved</span>{' '}
                  <span className="reason">
                    {p.approvedBy}, {when(p.approvedAt)}
                  </span>
                </td>
                <td className="wrap">
                  {p.paidAt ? (
                    <>
                      <span className="badge paid">Paid</span>{' '}
                      <span className="reason">
                        {p.paidBy}, {when(p.paidAt)}
                      </span>
                    </>
                  ) : (
                    <span className="muted">Not paid yet</span>
                  )}
                </td>
                <td>
                  <span className="row-actions">
                    <RowAction label="Statement" subject={p.creatorName} onClick={() => void statement(p)} />
                    {p.paidAt ? null : (
                      <RowAction label="Mark paid" subject={p.creatorName} onClick={() => setPaying([p])} />
                    )}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {paying ? (
        <MarkPaidDialog payouts={paying} onClose={() => setPaying(null)} onPaid={() => refreshList(pilot.id)} />
      ) : null}
    </div>
  );
}
