/**
 * Results for 50 creators over 100k attributed orders (target under 200 ms), beside the
 * bare read of the same attributed order rows with better-sqlite3 alone.
 */

import { dispatch } from '../../src/main/core/api';
import type { Session } from '../../src/main/core/workspace/session';
import type { Section } from './timing';

export function resultsSection(session: Session, pilotId: () => number): Section {
  const call = async (method: string, input: unknown) => {
    const res = await dispatch(session, method, input);
    if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
    return res.data;
  };
  return {
    title: 'Results: 50 creators over 100k attributed orders (target: results.get under 200 ms)',
    runs: 7,
    cases: [
      {
        name: 'bare: read the attributed order rows (raw SQL)',
        run: () =>
          session.db
            .prepare(
              `SELECT a.pilot_creator_id, o.id, o.order_date, o.currency, o.subtotal_minor, o.refunded_minor,
                 o.total_minor, o.financial_status, o.buyer_hash
               FROM attributions a JOIN orders o ON o.id = a.order_id WHERE a.pilot_id = ?`,
            )
            .raw()
            .all(pilotId()),
      },
      { name: 'results.get (every figure, every creator)', run: () => call('results.get', { pilotId: pilotId() }) },
      {
        name: "results.explain: the pilot's revenue (all orders)",
        run: () => call('results.explain', { pilotId: pilotId(), figure: 'revenueMinor' }),
      },
      {
        name: "results.explain: one creator's CAC",
        run: () => call('results.explain', { pilotId: pilotId(), creatorId: 1, figure: 'cacMinor' }),
      },
    ],
  };
}
