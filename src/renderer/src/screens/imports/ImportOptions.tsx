import { DECIMAL_MARKS, type ImportPreview } from '../../../../shared/imports';
import { SelectField } from '../../components/SelectField';
import { DATE_ORDER_LABELS, DECIMAL_MARK_LABELS } from '../../labels';
import { FileCurrency } from './FileCurrency';
import { MAPPED_FORMAT, type ReadOptions } from './import-options';

interface ImportOptionsProps {
  preview: ImportPreview;
  busy: boolean;
  errors: Record<string, string>;
  onChange(change: ReadOptions): void;
}

/** How the file is read: format, sheet, date order and decimal mark; changing one reads it again. */
export function ImportOptions({ preview, busy, errors, onChange }: ImportOptionsProps) {
  const noCurrencyColumn =
    preview.kind === 'orders' && preview.columns.some((c) => c.field === 'currency' && !c.header);
  const mapped = preview.format.id === MAPPED_FORMAT;
  const ambiguousDates = preview.dateOrderChoices.length > 1;
  return (
    <fieldset className="group" disabled={busy}>
      <legend>How the file is read</legend>
      <div className="form-grid">
        <SelectField
          id="import-format"
          label="Format"
          value={mapped ? MAPPED_FORMAT : ''}
          options={[
            { value: '', label: mapped ? 'Detect the format again' : `${preview.format.label} (detected)` },
            { value: MAPPED_FORMAT, label: 'My own column mapping' },
          ]}
          onChange={(v) =>
            onChange(
              v === MAPPED_FORMAT ? { format: MAPPED_FORMAT, mapping: mappingOf(preview) } : { format: undefined },
            )
          }
        />
        {preview.sheets.length > 1 ? (
          <SelectField
            id="import-sheet"
            label="Sheet"
            value={preview.sheet ?? ''}
            options={preview.sheets.map((s) => ({ value: s, label: s }))}
            onChange={(sheet) => onChange({ sheet })}
          />
        ) : null}
        {ambiguousDates ? (
          <SelectField
            id="import-date-order"
            label="Dates"
            value={preview.dateOrder}
            options={preview.dateOrderChoices.map((d) => ({ value: d, label: DATE_ORDER_LABELS[d] }))}
            onChange={(dateOrder) => onChange({ dateOrder })}
            hint="Every date in this file can be read more than one way: check the order dates below."
          />
        ) : (
          <div className="field">
            <span className="field-label">Dates</span>
            <span className="static-value">{DATE_ORDER_LABELS[preview.dateOrder]}</span>
          </div>
        )}
        <SelectField
          id="import-decimal-mark"
          label="Decimal mark in amounts"
          value={preview.decimalMark}
          options={DECIMAL_MARKS.map((d) => ({ value: d, label: DECIMAL_MARK_LABELS[d] }))}
          onChange={(decimalMark) => onChange({ decimalMark })}
        />
        {noCurrencyColumn ? (
          <FileCurrency
            current={preview.currencies[0] ?? null}
            error={errors.currency}
            busy={busy}
            onApply={(currency) => onChange({ currency })}
          />
        ) : null}
      </div>
    </fieldset>
  );
}

/** The columns as read now, as a starting point for the user's own mapping. */
export function mappingOf(preview: ImportPreview): Record<string, string | null> {
  return Object.fromEntries(preview.columns.map((c) => [c.field, c.header]));
}
