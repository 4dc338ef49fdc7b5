import { PLATFORM_LABELS, type Platform } from '../../../../shared/entities';
import type { PostRow } from '../../../../shared/imports';
import { count } from '../../format';
import { GoesToCell, ImportRowsTable } from './ImportRowsTable';

const GOES_TO = {
  added: 'New post',
  updated: 'Updates the recorded post',
  unchanged: 'Recorded already, no change',
  excluded: 'Left out',
};

/** The link without its scheme and "www.", so the column stays narrow; the full link is in the title. */
function shortLink(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/i, '');
}

const metric = (n: number | null) => (n === null ? '—' : count(n));

/** Each post row of a sheet as it will land: a new post, an update (with what changes), left out or rejected and why. */
export function PostRows({ rows }: { rows: PostRow[] }) {
  return (
    <ImportRowsTable
      id="post-rows-title"
      title={`Posts in the file (${count(rows.length)})`}
      label="Posts in the file"
      empty="No post rows were found in the file."
      rowCount={rows.length}
      head={
        <>
          <th scope="col" className="num">
            Row
          </th>
          <th scope="col">Creator</th>
          <th scope="col">Link</th>
          <th scope="col">Platform</th>
          <th scope="col">Posted</th>
          <th scope="col" className="num">
            Views
          </th>
          <th scope="col" className="num">
            Likes
          </th>
          <th scope="col" className="num">
            Comments
          </th>
          <th scope="col" className="num">
            Clicks
          </th>
          <th scope="col">Goes to</th>
        </>
      }
    >
      {rows.map((r) => (
        <tr key={r.row} className={r.bucket === 'rejected' ? 'rejected' : undefined}>
          <td className="num">{r.row}</td>
          <td>{r.creator || '—'}</td>
          <td className="wrap" title={r.url}>
            {r.url ? shortLink(r.url) : '—'}
          </td>
          <td>
            {r.platform ? (PLATFORM_LABELS[r.platform as Platform] ?? r.platform) : '—'}
            {r.format ? <span className="muted"> · {r.format}</span> : null}
          </td>
          <td>{r.postedAt?.replace('T', ' ') ?? '—'}</td>
          <td className="num">{metric(r.views)}</td>
          <td className="num">{metric(r.likes)}</td>
          <td className="num">{metric(r.comments)}</td>
          <td className="num">{metric(r.clicks)}</td>
          <GoesToCell
            bucket={r.bucket}
            words={GOES_TO}
            reason={r.bucket === 'updated' ? null : r.reason}
            changes={r.changes}
          />
        </tr>
      ))}
    </ImportRowsTable>
  );
}
