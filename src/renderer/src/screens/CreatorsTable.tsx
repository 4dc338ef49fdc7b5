import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { Pilot, PilotCreator } from '../../../shared/entities';
import { DataTable } from '../components/DataTable';
import { RowAction } from '../components/RowAction';
import { count, money, percent } from '../format';
import { PLATFORM_LABELS, STAGE_LABELS } from '../labels';

interface CreatorsTableProps {
  pilot: Pilot;
  creators: PilotCreator[];
  onEdit(creator: PilotCreator): void;
  onRemove(creator: PilotCreator): void;
}

function performanceTerms(c: PilotCreator, currency: string): string {
  const parts: string[] = [];
  if (c.commissionRateBp !== null) parts.push(percent(c.commissionRateBp));
  if (c.cpaMinor !== null) parts.push(`${money(c.cpaMinor, currency)} CPA`);
  return parts.length > 0 ? parts.join(' + ') : '—';
}

export function CreatorsTable({ pilot, creators, onEdit, onRemove }: CreatorsTableProps) {
  const columns = useMemo<ColumnDef<PilotCreator>[]>(
    () => [
      { id: 'name', header: 'Name', accessorFn: (c) => c.name },
      {
        id: 'handles',
        header: 'Handles',
        accessorFn: (c) => c.handles[0]?.handle ?? '',
        meta: {
          export: {
            kind: 'text',
            value: (c) => c.handles.map((h) => `@${h.handle} (${PLATFORM_LABELS[h.platform]})`).join(', ') || null,
          },
        },
        cell: ({ row }) =>
          row.original.handles.map((h) => (
            <div key={`${h.platform}:${h.handle}`}>
              @{h.handle} <span className="muted">{PLATFORM_LABELS[h.platform]}</span>
            </div>
          )),
      },
      {
        id: 'stage',
        header: 'Stage',
        accessorFn: (c) => c.stage,
        meta: { export: { kind: 'text', value: (c) => STAGE_LABELS[c.stage] } },
        cell: ({ row }) => (
          <span className={row.original.stage === 'live' ? 'badge live' : 'badge'}>
            {STAGE_LABELS[row.original.stage]}
          </span>
        ),
      },
      {
        id: 'code',
        header: 'Code',
        accessorFn: (c) => c.discountCode ?? '',
        meta: { export: { kind: 'text', value: (c) => c.discountCode } },
        cell: ({ row }) => <span className="mono">{row.original.discountCode ?? '—'}</span>,
      },
      {
        id: 'stipend',
        header: 'Stipend',
        accessorFn: (c) => c.stipendMinor ?? -1,
        cell: ({ row }) => money(row.original.stipendMinor, pilot.currency),
        meta: { numeric: true, export: { kind: 'money', value: (c) => c.stipendMinor } },
      },
      {
        id: 'terms',
        header: 'Commission / CPA',
        accessorFn: (c) => c.commissionRateBp ?? c.cpaMinor ?? -1,
        cell: ({ row }) => performanceTerms(row.original, pilot.currency),
        meta: { numeric: true, export: { kind: 'text', value: (c) => performanceTerms(c, pilot.currency) } },
      },
      {
        id: 'followers',
        header: 'Followers',
        accessorFn: (c) => c.followers ?? -1,
        cell: ({ row }) => count(row.original.followers),
        meta: { numeric: true, export: { kind: 'number', value: (c) => c.followers } },
      },
      {
        id: 'actions',
        header: () => <span className="visually-hidden">Actions</span>,
        enableSorting: false,
        cell: ({ row }) => {
          const c = row.original;
          return (
            <span className="row-actions">
              <RowAction label="Edit" subject={c.name} onClick={() => onEdit(c)} />
              <RowAction label="Remove" subject={c.name} onClick={() => onRemove(c)} />
            </span>
          );
        },
      },
    ],
    [pilot.currency, onEdit, onRemove],
  );

  return (
    <DataTable
      label="Creators"
      data={creators}
      columns={columns}
      rowKey={(c) => String(c.id)}
      exportAs={{ title: `Creators — ${pilot.name}`, currency: pilot.currency }}
    />
  );
}
