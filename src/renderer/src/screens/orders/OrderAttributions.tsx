import type { OrderAttribution } from '../../../../shared/orders';
import { RULE_LABELS } from '../../labels';

/** Per pilot: who the order is credited to and by which rule, or why it is not, in the core's own words. */
export function OrderAttributions({ attributions }: { attributions: OrderAttribution[] }) {
  return (
    <section aria-labelledby="order-attribution">
      <h3 id="order-attribution">Attribution</h3>
      {attributions.length === 0 ? (
        <p className="muted">No pilot of this order's brand yet.</p>
      ) : (
        <ul className="attribution-list">
          {attributions.map((a) => (
            <li key={a.pilotId} className={a.counts ? 'counts' : undefined}>
              <div>
                <strong>{a.pilotName}</strong>
                {': '}
                {a.creatorName ? (
                  <>
                    {a.creatorName}
                    {a.rule ? (
                      <span className="muted">
                        {' '}
                        by {RULE_LABELS[a.rule].toLowerCase()}
                        {a.matched ? ` ${a.matched}` : ''}
                      </span>
                    ) : null}
                  </>
                ) : (
                  <span className="muted">no creator</span>
                )}
                {a.flagged ? (
                  <span className="badge archived" title="Carries codes of several creators">
                    ⚑ Flagged for review
                  </span>
                ) : null}
              </div>
              <p className="reason">{a.reason}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
