import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { ReviewRow } from '../../../../shared/review';
import { DataTable } from '../../components/DataTable';
import { RowAction } from '../../components/RowAction';
import { count, money } from '../../format';
import { DECISION_LABELS, ratio, VERDICT_LABELS, when } from './review-labels';

interface RankingTableProps {
  rows: ReviewRow[];
  currency: string;
  openId: number | null;
  onOpen(id: number): void;
}

/** Creators in rank order: CAC against the target, iROAS, the suggestion and its reason, and what was decided. */
export function RankingTable({ rows, currency, openId, onOpen }: RankingTableProps) {
  const columns = useMemo<ColumnDef<ReviewRow>[]>(
    () => [
      { id: 'rank', header: 'Rank', accessorFn: (r) => r.rank, meta: { numeric: true } },
      {
        id: 'name',
        header: 'Creator',
        accessorFn: (r) => r.name,
        cell: ({ row }) => (
          <>
            {row.original.name}
            {row.original.top20 ? (
              <>
                {' '}
                <span className="badge top">Top 20%</span>
              </>
            ) : null}
          </>
        ),
      },
      {
        id: 'netOrders',
        header: 'Net orders',
        accessorFn: (r) => r.netOrders,
        meta: { numeric: true },
        cell: (c) => count(c.row.original.netOrders),
      },
      {
        id: 'cac',
        header: 'CAC',
        accessorFn: (r) => r.cacMinor ?? Number.POSITIVE_INFINITY,
        cell: ({ row }) => money(row.original.cacMinor, currency),
        meta: { numeric: true },
      },
      {
        id: 'vsTarget',
        header: 'vs target',
        enableSorting: false,
        cell: ({ row }) => VERDICT_LABELS[row.original.verdict],
      },
      {
        id: 'iroas',
        header: 'iROAS',
        accessorFn: (r) => r.iroas ?? Number.NEGATIVE_INFINITY,
        cell: ({ row }) => ratio(row.original.iroas),
        meta: { numeric: true },
      },
      {
        id: 'suggestion',
        header: 'Suggestion',
        accessorFn: (r) => r.suggestion,
        meta: { wrap: true },
        cell: ({ row }) => (
          <div className="suggestion">
            <span className={`badge ${row.original.suggestion}`}>{DECISION_LABELS[row.original.suggestion]}</span>{' '}
            <span className="reason">{row.original.reason}</span>
          </div>
        ),
      },
      {
        id: 'checks',
        header: 'Checks',
        accessorFn: (r) => r.checks.length,
        meta: { numeric: true },
      },
      {
        id: 'decision',
        header: 'Decision',
        accessorFn: (r) => r.decision?.decision ?? '',
        meta: { wrap: true },
        cell: ({ row }) => {
          const d = row.original.decision;
          if (!d) return <span className="muted">Not decided</span>;
          return (
            <>
              <span className={`badge ${d.decision}`}>{DECISION_LABELS[d.decision]}</span>{' '}
              <span className="reason">
                {d.by}, {when(d.decidedAt)}
              </span>
              {d.note ? <div className="reason">“{d.note}”</div> : null}
            </>
          );
        },
      },
      {
        id: 'actions',
        header: () => <span className="visually-hidden">Actions</span>,
        enableSorting: false,
        cell: ({ row }) => (
          <span className="row-actions">
            <RowAction label="Review" subject={row.original.name} onClick={() => onOpen(row.original.pilotCreatorId)} />
          </span>
        ),
      },
    ],
    [currency, onOpen],
  );

  return (
    <DataTable
      label="Repeat decision ranking"
      data={rows}
      columns={columns}
      rowKey={(r) => String(r.pilotCreatorId)}
      isSelected={(r) => r.pilotCreatorId === openId}
    />
  );
}
