import type { Table } from '@tanstack/react-table';
import type { CreatorResult } from '../../../../shared/results';
import { columnLabel } from './result-columns';

/** Show and hide the table's columns; the choice is remembered on this machine. */
export function ColumnChooser({ table, onReset }: { table: Table<CreatorResult>; onReset(): void }) {
  const hideable = table.getAllLeafColumns().filter((c) => c.getCanHide());
  return (
    <details className="column-chooser">
      <summary className="button">Columns</summary>
      <fieldset className="column-chooser-list">
        <legend className="visually-hidden">Columns shown</legend>
        {hideable.map((c) => (
          <label key={c.id} className="toggle">
            <input type="checkbox" checked={c.getIsVisible()} onChange={c.getToggleVisibilityHandler()} />
            {columnLabel(c.id)}
          </label>
        ))}
        <button type="button" className="button small" onClick={onReset}>
          Default columns
        </button>
      </fieldset>
    </details>
  );
}
