import type { OrderChange } from '../../../../shared/imports';

/** Orders imported before that this file changes (a later refund, a cancellation), and what changed. */
export function ChangedOrders({ changed }: { changed: OrderChange[] }) {
  if (changed.length === 0) return null;
  return (
    <section className="import-section" aria-labelledby="import-changed">
      <h3 id="import-changed">Changed since the last import</h3>
      <ul className="problem-list">
        {changed.map((c) => (
          <li key={c.externalId}>
            <strong>{c.orderName ?? c.externalId}</strong>: {c.changes.join('; ')}
          </li>
        ))}
      </ul>
    </section>
  );
}
