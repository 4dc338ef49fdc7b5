import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { Pilot } from '../../../shared/entities';
import { DataTable } from '../components/DataTable';
import { RowAction } from '../components/RowAction';
import { count, dateRange } from '../format';
import { STATUS_LABELS } from '../labels';

interface PilotsTableProps {
  pilots: Pilot[];
  selectedPilotId: number | null;
  onOpen(pilot: Pilot): void;
  onEdit(pilot: Pilot): void;
  onArchive(pilot: Pilot): void;
  onUnarchive(pilot: Pilot): void;
}

export function PilotsTable({ pilots, selectedPilotId, onOpen, onEdit, onArchive, onUnarchive }: PilotsTableProps) {
  const columns = useMemo<ColumnDef<Pilot>[]>(
    () => [
      {
        id: 'name',
        header: 'Name',
        accessorFn: (p) => p.name,
        cell: ({ row }) => (
          <button type="button" className="button link" onClick={() => onOpen(row.original)}>
            {row.original.name}
          </button>
        ),
      },
      { id: 'brand', header: 'Brand', accessorFn: (p) => p.brandName ?? '', meta: { wrap: true } },
      { id: 'market', header: 'Market', accessorFn: (p) => p.market ?? '', meta: { wrap: true } },
      {
        id: 'dates',
        header: 'Dates',
        accessorFn: (p) => p.startDate,
        cell: ({ row }) => dateRange(row.original.startDate, row.original.endDate),
      },
      { id: 'currency', header: 'Currency', accessorFn: (p) => p.currency },
      {
        id: 'status',
        header: 'Status',
        accessorFn: (p) => p.status,
        cell: ({ row }) => (
          <span className="actions">
            <span className={row.original.status === 'live' ? 'badge live' : 'badge'}>
              {STATUS_LABELS[row.original.status]}
            </span>
            {row.original.archived ? <span className="badge archived">Archived</span> : null}
          </span>
        ),
      },
      {
        id: 'creators',
        header: 'Creators',
        accessorFn: (p) => p.creatorCount,
        cell: ({ row }) => count(row.original.creatorCount),
        meta: { numeric: true },
      },
      {
        id: 'actions',
        header: () => <span className="visually-hidden">Actions</span>,
        enableSorting: false,
        cell: ({ row }) => {
          const p = row.original;
          return (
            <span className="row-actions">
              <RowAction label="Edit" subject={p.name} onClick={() => onEdit(p)} />
              {p.archived ? (
                <RowAction label="Unarchive" subject={p.name} onClick={() => onUnarchive(p)} />
              ) : (
                <RowAction label="Archive" subject={p.name} onClick={() => onArchive(p)} />
              )}
            </span>
          );
        },
      },
    ],
    [onOpen, onEdit, onArchive, onUnarchive],
  );

  return (
    <DataTable
      label="Pilots"
      data={pilots}
      columns={columns}
      rowKey={(p) => String(p.id)}
      isSelected={(p) => p.id === selectedPilotId}
    />
  );
}
