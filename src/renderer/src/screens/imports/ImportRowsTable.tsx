import type { ReactNode } from 'react';
import { BUCKET_LABELS, type Bucket } from '../../../../shared/imports';

interface ImportRowsTableProps {
  /** The heading's id, for the section's label. */
  id: string;
  title: string;
  /** The table's accessible name. */
  label: string;
  empty: string;
  rowCount: number;
  /** The header cells, Row first and Goes to last. */
  head: ReactNode;
  children: ReactNode;
}

/** Each row of a creator file (tracking sheet, longlist) as it will land: a scrolling table with its heading. */
export function ImportRowsTable({ id, title, label, empty, rowCount, head, children }: ImportRowsTableProps) {
  return (
    <section className="import-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {rowCount === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="table-wrap import-rows-scroller">
          <table className="table" aria-label={label}>
            <thead>
              <tr>{head}</tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Where a row goes, in the file's own words for each bucket, with the reason it was rejected and what changes. */
export function GoesToCell({
  bucket,
  words,
  reason,
  changes = [],
}: {
  bucket: Bucket;
  words: Partial<Record<Bucket, string>>;
  reason: string | null;
  changes?: string[];
}) {
  return (
    <td className="wrap">
      {words[bucket] ?? BUCKET_LABELS[bucket]}
      {reason ? <span className="muted"> · {reason}</span> : null}
      {changes.length > 0 ? <span className="muted"> · {changes.join('; ')}</span> : null}
    </td>
  );
}
