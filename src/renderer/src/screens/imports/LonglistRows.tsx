import { BUCKET_LABELS, type LonglistRow } from '../../../../shared/imports';
import { count } from '../../format';
import { engagementText, followersText } from '../sourcing/prospect-format';

const BUCKET_WORDS = {
  ...BUCKET_LABELS,
  added: 'New profile',
  updated: 'Merges into a profile',
  unchanged: 'Already known, no change',
};

/** Each creator row of a longlist as it will land: a new profile, merged into one (with what changes), or rejected and why. */
export function LonglistRows({ rows }: { rows: LonglistRow[] }) {
  return (
    <section className="import-section" aria-labelledby="longlist-rows-title">
      <h3 id="longlist-rows-title">Profiles in the file ({count(rows.length)})</h3>
      {rows.length === 0 ? (
        <p className="muted">No creator rows were found in the file.</p>
      ) : (
        <div className="table-wrap import-rows-scroller">
          <table className="table" aria-label="Profiles in the file">
            <thead>
              <tr>
                <th scope="col" className="num">
                  Row
                </th>
                <th scope="col">Name</th>
                <th scope="col">Handles</th>
                <th scope="col" className="num">
                  Followers
                </th>
                <th scope="col" className="num">
                  Engagement
                </th>
                <th scope="col">Country</th>
                <th scope="col">Goes to</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.row} className={r.bucket === 'rejected' ? 'rejected' : undefined}>
                  <td className="num">{r.row}</td>
                  <td>{r.name || '—'}</td>
                  <td className="wrap">{r.handles.map((h) => `@${h.handle} (${h.platform})`).join(', ') || '—'}</td>
                  <td className="num">{followersText(r.followers)}</td>
                  <td className="num">{engagementText(r.engagementBp)}</td>
                  <td>{r.country ?? '—'}</td>
                  <td className="wrap">
                    {BUCKET_WORDS[r.bucket]}
                    {r.reason ? <span className="muted"> · {r.reason}</span> : null}
                    {r.changes.length > 0 ? <span className="muted"> · {r.changes.join('; ')}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
