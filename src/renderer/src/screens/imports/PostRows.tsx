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
const shortLink = (url: string) => url.replace(/^https?:\/\/(www\.)?/i, '');

/** "Instagram · reel · 2026-03-05 18:30": what the row says of the post besides its link. */
function postFacts(r: PostRow): string {
  const platform = r.platform ? (PLATFORM_LABELS[r.platform as Platform] ?? r.platform) : null;
  return [platform, r.format, r.postedAt?.replace('T', ' ')].filter((x) => x).join(' · ');
}

/** "12,500 views, 1,200 likes": the numbers the row holds, in words. */
function numbers(r: PostRow): string {
  const said = (
    [
      [r.views, 'view'],
      [r.likes, 'like'],
      [r.comments, 'comment'],
      [r.clicks, 'click'],
    ] as const
  ).flatMap(([n, what]) => (n === null ? [] : [`${count(n)} ${what}${n === 1 ? '' : 's'}`]));
  return said.join(', ') || '—';
}

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
          <th scope="col">Post</th>
          <th scope="col">Numbers</th>
          <th scope="col">Goes to</th>
        </>
      }
    >
      {rows.map((r) => (
        <tr key={r.row} className={r.bucket === 'rejected' ? 'rejected' : undefined}>
          <td className="num">{r.row}</td>
          <td>{r.creator || '—'}</td>
          <td className="wrap post-link" title={r.url}>
            {r.url ? shortLink(r.url) : '—'}
            {postFacts(r) ? <div className="muted small">{postFacts(r)}</div> : null}
          </td>
          <td className="wrap">{numbers(r)}</td>
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
