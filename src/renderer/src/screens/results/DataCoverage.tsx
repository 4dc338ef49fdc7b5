import type { PilotSummary } from '../../../../shared/results';
import { count, date, money } from '../../format';

/** Which order history the figures rest on, and the orders left out for being in another currency. */
export function DataCoverage({ pilot }: { pilot: PilotSummary }) {
  return (
    <div className="result-coverage">
      <p>
        Orders count from {date(pilot.startDate)} to {date(pilot.windowEnd)} (the pilot's end plus its attribution
        window).{' '}
        {pilot.dataFrom && pilot.dataTo ? (
          <>
            Order data from {date(pilot.dataFrom)} to {date(pilot.dataTo)}; new customers are only as good as this
            history.
          </>
        ) : (
          'No order data for this brand yet.'
        )}
      </p>
      {pilot.otherCurrencies.length > 0 ? (
        <p role="note">
          Reported apart, not in these figures:{' '}
          {pilot.otherCurrencies
            .map(
              (o) =>
                `${o.orders === 1 ? '1 order' : `${count(o.orders)} orders`} in ${o.currency} (${money(o.revenueMinor, o.currency)})`,
            )
            .join('; ')}
          .
        </p>
      ) : null}
    </div>
  );
}
