import { flexRender, type Header } from '@tanstack/react-table';

/** A column header: its title, and a sort button with the direction shown when the column sorts. */
export function HeaderCell<Row>({ header, sortable }: { header: Header<Row, unknown>; sortable: boolean }) {
  const sorted = sortable ? header.column.getIsSorted() : false;
  const title = flexRender(header.column.columnDef.header, header.getContext());
  return (
    <th
      scope="col"
      className={header.column.columnDef.meta?.numeric ? 'num' : undefined}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
    >
      {sortable ? (
        <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
          {title}
          <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
        </button>
      ) : (
        title
      )}
    </th>
  );
}
