import { useEffect, useState } from 'react';
import { FIGURE_INFO, type FigureExplanation, type PilotResults } from '../../../../shared/results';
import { request } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { count, money } from '../../format';
import { type ExplainTarget, useResults } from '../../stores/results';
import { ExplainOrders } from './ExplainOrders';
import { formatFigure, ratioPercent } from './figures';
import { openOrders } from './open-orders';

interface ExplainDialogProps {
  results: PilotResults;
  target: ExplainTarget;
}

/** What one figure is made of: the formula in words, its inputs, and the orders and costs behind it. */
export function ExplainDialog({ results, target }: ExplainDialogProps) {
  const close = () => useResults.getState().explain(null);
  const [answer, setAnswer] = useState<{ for: ExplainTarget; explanation: FigureExplanation } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pilotId = results.pilot.id;
  const currency = results.pilot.currency;
  const creator = target.creatorId === null ? null : results.creators.find((c) => c.id === target.creatorId);

  useEffect(() => {
    let live = true;
    setError(null);
    const input = {
      pilotId,
      figure: target.figure,
      ...(target.creatorId === null ? {} : { creatorId: target.creatorId }),
    };
    request('results.explain', input)
      .then((explanation) => {
        if (live) setAnswer({ for: target, explanation });
      })
      .catch((err: Error) => {
        if (live) setError(err.message);
      });
    return () => {
      live = false;
    };
  }, [pilotId, target]);

  const shown = answer?.for === target ? answer.explanation : null;
  const whose = creator?.name ?? results.pilot.name;
  return (
    <Modal title={`${FIGURE_INFO[target.figure].label} — ${whose}`} onClose={close} wide>
      <div className="explain">
        <FormAlert message={error} />
        {shown ? (
          <ExplainBody
            explanation={shown}
            currency={currency}
            onOpenOrder={(orderId) => {
              close();
              openOrders(pilotId, target.creatorId, orderId);
            }}
          />
        ) : error ? null : (
          <p className="muted">Loading…</p>
        )}
        <div className="modal-foot">
          <button
            type="button"
            className="button"
            onClick={() => {
              close();
              openOrders(pilotId, target.creatorId);
            }}
          >
            {creator ? `Open ${creator.name}'s orders` : `Open ${results.pilot.name}'s orders`}
          </button>
          <button type="button" className="button primary" onClick={close}>
            Close
          </button>
        </div>
      </div>
    </Modal>
  );
}

interface ExplainBodyProps {
  explanation: FigureExplanation;
  currency: string;
  onOpenOrder(orderId: number): void;
}

function ExplainBody({ explanation: e, currency, onOpenOrder }: ExplainBodyProps) {
  const costTotal = e.costs.reduce((sum, c) => sum + c.amountMinor, 0);
  return (
    <>
      <p className="explain-value">
        <strong>{formatFigure(e.figure, e.value, currency)}</strong>
        {e.reason ? <span className="reason"> {e.reason}</span> : null}
      </p>
      <p className="explain-formula">{e.formula}</p>
      {e.inputs.length > 0 ? (
        <dl className="facts" aria-label="Inputs">
          {e.inputs.map((i) => (
            <div className="facts-row" key={i.label}>
              <dt>{i.label}</dt>
              <dd>{inputText(i, currency)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {e.costs.length > 0 ? (
        <section aria-labelledby="explain-costs-title">
          <h3 id="explain-costs-title">Costs behind it</h3>
          <table className="table table-compact" aria-label="Costs behind the figure">
            <thead>
              <tr>
                <th scope="col">Cost</th>
                {e.creatorId === null ? <th scope="col">Creator</th> : null}
                <th scope="col" className="num">
                  Amount
                </th>
              </tr>
            </thead>
            <tbody>
              {e.costs.map((c, i) => (
                // Costs repeat their label per creator; the position is their identity.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <tr key={i}>
                  <td>{c.label}</td>
                  {e.creatorId === null ? <td>{c.creatorName ?? '—'}</td> : null}
                  <td className="num">{money(c.amountMinor, currency)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={e.creatorId === null ? 2 : 1}>
                  Total
                </th>
                <td className="num">{money(costTotal, currency)}</td>
              </tr>
            </tfoot>
          </table>
        </section>
      ) : null}
      {e.orders.length > 0 ? (
        <ExplainOrders orders={e.orders} total={e.orderCount} currency={currency} onOpen={(o) => onOpenOrder(o.id)} />
      ) : (
        <p className="muted">No orders behind this figure.</p>
      )}
    </>
  );
}

/** Money in the pilot's currency; a rate as a percentage; anything else is a count. */
function inputText(input: FigureExplanation['inputs'][number], currency: string): string {
  if (input.value === null) return '—';
  if (input.money) return money(input.value, currency);
  return /\brate\b/i.test(input.label) ? ratioPercent(input.value) : count(input.value);
}
