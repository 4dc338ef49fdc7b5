import type { LonglistRow } from '../../../../shared/imports';
import { count } from '../../format';
import { engagementText, followersText } from '../sourcing/prospect-format';
import { GoesToCell, ImportRowsTable } from './ImportRowsTable';

const GOES_TO = {
  added: 'New profile',
  updated: 'Merges into a profile',
  unchanged: 'Already known, no change',
};

/** Each creator row of a longlist as it will land: a new profile, merged into one (with what changes), or rejected and why. */
export function LonglistRows({ rows }: { rows: LonglistRow[] }) {
  return (
    <ImportRowsTable
      id="longlist-rows-title"
      title={`Profiles in the file (${count(rows.length)})`}
      label="Profiles in the file"
      empty="No creator rows were found in the file."
      rowCount={rows.length}
      head={
        <>
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
        </>
      }
    >
      {rows.map((r) => (
        <tr key={r.row} className={r.bucket === 'rejected' ? 'rejected' : undefined}>
          <td className="num">{r.row}</td>
          <td>{r.name || '—'}</td>
          <td className="wrap">{r.handles.map((h) => `@${h.handle} (${h.platform})`).join(', ') || '—'}</td>
          <td className="num">{followersText(r.followers)}</td>
          <td className="num">{engagementText(r.engagementBp)}</td>
          <td>{r.country ?? '—'}</td>
          <GoesToCell bucket={r.bucket} words={GOES_TO} reason={r.reason} changes={r.changes} />
        </tr>
      ))}
    </ImportRowsTable>
  );
}
