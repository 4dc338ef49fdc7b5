import { Fragment, useState } from 'react';
import type { CreatorPayoutPreview, PayoutPreview } from '../../../../shared/payouts';
import { request } from '../../api/client';
import { ExportTableButton } from '../../components/ExportTableButton';
import { count, date, money } from '../../format';
import { payableShown } from './payout-tables';

interface PayableTableProps {
  preview: PayoutPreview;
  selected: Set<number>;
  onSelect(selected: Set<number>): void;
}

const PENDING_SHORT = { return_window: 'Return window', held: 'Held', refunded: 'Refunded' } as const;

/**
 * Per creator: what approving pays now (commission on orders past the return
 * window, corrections for refunds after an earlier payout, bonus) and what is
 * still pending, each pending order with its reason.
 */
export function PayableTable({ preview, selected, onSelect }: PayableTableProps) {
  const [open, setOpen] = useState<Set<number>>(new Set());
  const c = preview.currency;
  const payable = preview.creators.filter((p) => p.blocked === null);
  const allChosen = payable.length > 0 && payable.every((p) => selected.has(p.creatorId));
  const toggle = (set: Set<number>, id: number) => {
    const next = new Set(set);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  };

  return (
    <>
      <div className="table-tools">
        <ExportTableButton
          what="payable per creator"
          write={(format, path) =>
            request('tables.export', {
              title: `Payable ${preview.periodStart} to ${preview.periodEnd}`,
              format,
              currency: c,
              ...payableShown(preview),
              ...(path ? { path } : {}),
            })
          }
        />
      </div>
      <div className="table-wrap">
        <table className="table" aria-label="Payable per creator">
          <thead>
            <tr>
              <th scope="col" className="select-cell">
                <input
                  type="checkbox"
                  aria-label="Choose every payable creator"
                  checked={allChosen}
                  disabled={payable.length === 0}
                  onChange={() => onSelect(allChosen ? new Set() : new Set(payable.map((p) => p.creatorId)))}
                />
              </th>
              <th scope="col">Creator</th>
              <th scope="col" className="num">
                Orders
              </th>
              <th scope="col" className="num">
                Commission
              </th>
              <th scope="col" className="num">
                Adjustments
              </th>
              <th scope="col" className="num">
                Bonus
              </th>
              <th scope="col" className="num">
                Payable
              </th>
              <th scope="col" className="num">
                Pending
              </th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {preview.creators.map((p) => (
              <Fragment key={p.creatorId}>
                <tr aria-current={selected.has(p.creatorId) ? 'true' : undefined}>
                  <td className="select-cell">
                    <input
                      type="checkbox"
                      aria-label={`Choose ${p.name}`}
                      checked={selected.has(p.creatorId)}
                      disabled={p.blocked !== null}
                      onChange={() => onSelect(toggle(selected, p.creatorId))}
                    />
                  </td>
                  <td>
                    {p.name} {p.payeeRef ? <span className="muted mono">{p.payeeRef}</span> : null}
                  </td>
                  <td className="num">{count(p.orderCount)}</td>
                  <td className="num">{money(p.payableMinor, c)}</td>
                  <td className="num">{p.adjustmentMinor === 0 ? '—' : money(p.adjustmentMinor, c)}</td>
                  <td className="num">{p.bonusMinor === 0 ? '—' : money(p.bonusMinor, c)}</td>
                  <td className="num">
                    <strong>{money(p.totalMinor, c)}</strong>
                  </td>
                  <td className="num">{money(p.pendingMinor, c)}</td>
                  <td className="wrap">
                    {p.blocked ? <span className="reason">{capitalise(p.blocked)}</span> : null}{' '}
                    {p.pending.length > 0 || p.lines.some((l) => l.kind !== 'commission') ? (
                      <button
                        type="button"
                        className="button link"
                        aria-expanded={open.has(p.creatorId)}
                        onClick={() => setOpen(toggle(open, p.creatorId))}
                      >
                        {open.has(p.creatorId) ? 'Hide details' : pendingSummary(p)}
                      </button>
                    ) : null}
                  </td>
                </tr>
                {open.has(p.creatorId) ? (
                  <tr className="detail-row">
                    <td colSpan={9}>
                      <CreatorDetail creator={p} currency={c} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function pendingSummary(p: CreatorPayoutPreview): string {
  const n = p.pending.length;
  const extra = p.lines.filter((l) => l.kind !== 'commission').length;
  const parts = [
    n > 0 ? `${count(n)} pending ${n === 1 ? 'order' : 'orders'}` : null,
    extra > 0 ? 'adjustments' : null,
  ];
  return `Show ${parts.filter(Boolean).join(' and ')}`;
}

/** The corrections and bonus approving would pay, and each pending order with why it waits. */
function CreatorDetail({ creator, currency }: { creator: CreatorPayoutPreview; currency: string }) {
  const extra = creator.lines.filter((l) => l.kind !== 'commission');
  return (
    <>
      {extra.length > 0 ? (
        <ul className="pending-list" aria-label={`Adjustments and bonus for ${creator.name}`}>
          {extra.map((l) => (
            <li key={`${l.kind}:${l.orderId ?? 'bonus'}`}>
              <span>{l.orderRef ?? (l.kind === 'bonus' ? 'Bonus' : '—')}</span>
              <span>{l.orderDate ? date(l.orderDate) : ''}</span>
              <span className="num">{money(l.amountMinor, currency)}</span>
              <span>{l.note}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {creator.pending.length > 0 ? (
        <ul className="pending-list" aria-label={`Pending orders of ${creator.name}`}>
          {creator.pending.map((o) => (
            <li key={o.orderId}>
              <span>{o.orderRef}</span>
              <span>{date(o.orderDate)}</span>
              <span className="num">{money(o.amountMinor, currency)}</span>
              <span>
                <span className={o.reason === 'held' ? 'badge held' : 'badge'}>{PENDING_SHORT[o.reason]}</span> {o.text}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
