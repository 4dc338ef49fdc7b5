import type { ImportPreview } from '../../../../shared/imports';
import { bytes, count, dateRange } from '../../format';

/** What was found in the file, before any choice: format, where it was read, dates, currencies, sizes. */
export function ImportFacts({ preview }: { preview: ImportPreview }) {
  const isOrders = preview.kind === 'orders';
  return (
    <dl className="facts" aria-label="About the file">
      <dt>Format</dt>
      <dd>{preview.format.label}</dd>
      <dt>File</dt>
      <dd>
        {preview.fileName} <span className="muted">({bytes(preview.fileBytes)})</span>
        {preview.sheet ? <span className="muted"> · sheet “{preview.sheet}”</span> : null}
        {preview.headerRow > 1 ? <span className="muted"> · header on row {preview.headerRow}</span> : null}
      </dd>
      <dt>Dates</dt>
      <dd>{preview.dateRange ? dateRange(preview.dateRange.from, preview.dateRange.to) : '—'}</dd>
      {isOrders ? (
        <>
          <dt>Currencies</dt>
          <dd>{preview.currencies.length > 0 ? preview.currencies.join(', ') : '—'}</dd>
        </>
      ) : null}
      <dt>Read</dt>
      <dd>
        {count(preview.rowsRead)} rows
        {isOrders ? ` · ${count(preview.orders)} orders · ${count(preview.lineItems)} line items` : null}
      </dd>
    </dl>
  );
}
