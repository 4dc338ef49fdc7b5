/**
 * The sourcing table's columns. Sort keys are the raw figures (unknown ones
 * sort last either way); cells show them as a person reads a longlist.
 * Sizes are minimums that together fit a 1440 px window (the table stretches wider).
 */

import type { ColumnDef } from '@tanstack/react-table';
import type { Prospect } from '../../../../shared/sourcing';
import { date } from '../../format';
import { STAGE_LABELS } from '../../labels';
import { engagementText, followersText, handlesText, placeText } from './prospect-format';

export interface ProspectActions {
  onFit(prospect: Prospect): void;
  onEdit(prospect: Prospect): void;
  /** Today, to mark follow-ups that are due or past. */
  today: string;
}

const orLast = (v: number | string | null) => (v === null || v === '' ? undefined : v);

export function prospectColumns({ onFit, onEdit, today }: ProspectActions): ColumnDef<Prospect>[] {
  return [
    { id: 'select', header: '', enableSorting: false, size: 36 },
    { id: 'name', header: 'Name', accessorFn: (p) => p.profile.name.toLocaleLowerCase(), size: 150 },
    { id: 'handles', header: 'Handles', accessorFn: (p) => handlesText(p.profile).toLocaleLowerCase(), size: 136 },
    {
      id: 'followers',
      header: 'Followers',
      accessorFn: (p) => orLast(p.profile.followers),
      sortUndefined: 'last',
      size: 84,
      meta: { numeric: true },
    },
    {
      id: 'engagement',
      header: 'Engagement',
      accessorFn: (p) => orLast(p.profile.engagementBp),
      sortUndefined: 'last',
      size: 100,
      meta: { numeric: true },
    },
    { id: 'place', header: 'Place', accessorFn: (p) => placeText(p.profile), size: 126 },
    { id: 'categories', header: 'Categories', accessorFn: (p) => p.profile.categories.join(', '), size: 130 },
    {
      id: 'score',
      header: 'Fit',
      accessorFn: (p) => p.fit.score,
      sortDescFirst: true,
      size: 64,
      meta: { numeric: true },
      cell: ({ row }) => (
        <button
          type="button"
          className="fit-button"
          aria-label={`${row.original.profile.name}: fit ${row.original.fit.score} of 100, show why`}
          onClick={(e) => {
            e.stopPropagation();
            onFit(row.original);
          }}
        >
          <span className="fit-bar" style={{ width: `${row.original.fit.score}%` }} aria-hidden="true" />
          <span className="fit-number">{row.original.fit.score}</span>
        </button>
      ),
    },
    {
      id: 'stage',
      header: 'Stage',
      accessorFn: (p) => p.stage,
      size: 100,
      cell: ({ row }) => (
        <span className={`badge stage-${row.original.stage}`} title={row.original.declinedReason ?? undefined}>
          {STAGE_LABELS[row.original.stage]}
        </span>
      ),
    },
    { id: 'reviewer', header: 'Reviewer', accessorFn: (p) => orLast(p.reviewer), sortUndefined: 'last', size: 96 },
    {
      id: 'followUp',
      header: 'Follow-up',
      accessorFn: (p) => orLast(p.followUpDate),
      sortUndefined: 'last',
      size: 96,
      cell: ({ row }) => {
        const due = row.original.followUpDate;
        if (!due) return row.original.replied ? 'Replied' : '—';
        return <span className={due <= today ? 'due-date overdue' : 'due-date'}>{date(due)}</span>;
      },
    },
    {
      id: 'actions',
      header: () => <span className="visually-hidden">Actions</span>,
      enableSorting: false,
      size: 60,
      cell: ({ row }) => (
        <button
          type="button"
          className="button small"
          aria-label={`Edit ${row.original.profile.name}`}
          onClick={(e) => {
            e.stopPropagation();
            onEdit(row.original);
          }}
        >
          Edit
        </button>
      ),
    },
  ];
}

/** The text a cell shows when the column has no cell of its own. */
export function plainCell(p: Prospect, column: string): string {
  switch (column) {
    case 'name':
      return p.profile.name;
    case 'handles':
      return handlesText(p.profile);
    case 'followers':
      return followersText(p.profile.followers);
    case 'engagement':
      return engagementText(p.profile.engagementBp);
    case 'place':
      return placeText(p.profile);
    case 'categories':
      return p.profile.categories.join(', ') || '—';
    case 'reviewer':
      return p.reviewer ?? '—';
    default:
      return '';
  }
}
