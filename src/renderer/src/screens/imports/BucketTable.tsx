import { BUCKET_LABELS, type ImportPreview, type MoneySum } from '../../../../shared/imports';
import { count, money } from '../../format';
import { addsUp, sumByCurrency } from './bucket-sums';

function sums(totals: MoneySum[]): string {
  const byCurrency = sumByCurrency(totals);
  if (byCurrency.size === 0) return '—';
  return [...byCurrency].map(([currency, minor]) => money(minor, currency)).join(' + ');
}

/**
 * Where every row of the file went, with the file's own count and sums beside
 * the buckets' so a reader can see nothing was lost or counted twice.
 */
export function BucketTable({ preview }: { preview: ImportPreview }) {
  const isOrders = preview.kind === 'orders';
  const check = addsUp(preview);
  const allTotals = preview.buckets.flatMap((b) => b.totals);
  return (
    <div className="form compact">
      <div className="table-wrap">
        <table className="table" aria-label="Where the rows go">
          <thead>
            <tr>
              <th scope="col">Bucket</th>
              <th scope="col">Reason</th>
              <th scope="col" className="num">
                Rows
              </th>
              <th scope="col" className="num">
                {isOrders
                  ? 'Orders'
                  : preview.kind === 'tracking'
                    ? 'Creators'
                    : preview.kind === 'longlist'
                      ? 'Profiles'
                      : preview.kind === 'posts'
                        ? 'Posts'
                        : 'Creator-days'}
              </th>
              <th scope="col" className="num">
                {isOrders ? 'Order totals' : 'Clicks'}
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.buckets.map((b) => (
              <tr key={`${b.bucket}:${b.reason ?? ''}`}>
                <th scope="row">{BUCKET_LABELS[b.bucket]}</th>
                <td className="wrap">{b.reason ?? ''}</td>
                <td className="num">{count(b.rows)}</td>
                <td className="num">{count(b.records)}</td>
                <td className="num">{isOrders ? sums(b.totals) : count(b.clicks)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All buckets</th>
              <td />
              <td className="num">{count(check.rows.buckets)}</td>
              <td />
              <td className="num">{isOrders ? sums(allTotals) : count(check.clicks.buckets)}</td>
            </tr>
            <tr>
              <th scope="row">The file</th>
              <td />
              <td className="num">{count(check.rows.file)}</td>
              <td />
              <td className="num">{isOrders ? sums(preview.fileTotals.totals) : count(check.clicks.file)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className={check.ok ? 'check ok' : 'check bad'} data-testid="adds-up">
        {check.ok
          ? `✓ Adds up: all ${count(check.rows.file)} rows of the file are in exactly one bucket, and the sums match the file's.`
          : `✗ Does not add up: the buckets hold ${count(check.rows.buckets)} rows against the file's ${count(check.rows.file)}${mismatches(check.totals)}. Do not import; please report this file.`}
      </p>
    </div>
  );
}

function mismatches(totals: { currency: string; buckets: number; file: number }[]): string {
  const off = totals.filter((t) => t.buckets !== t.file);
  if (off.length === 0) return '';
  return `, and ${off.map((t) => `${money(t.buckets, t.currency)} against ${money(t.file, t.currency)}`).join(', ')}`;
}
