import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { Post } from '../../../../../shared/content';
import { PLATFORM_LABELS } from '../../../../../shared/entities';
import { DataTable } from '../../../components/DataTable';
import { RowAction } from '../../../components/RowAction';
import { findingsCount, STATUS_LABELS } from './content-labels';
import { StatusPill } from './StatusPill';

interface PostsTableProps {
  posts: Post[];
  onReview(post: Post): void;
  onEdit(post: Post): void;
  onRemove(post: Post): void;
}

const count = (key: 'views' | 'likes' | 'comments' | 'clicks', header: string): ColumnDef<Post> => ({
  id: key,
  header,
  accessorFn: (p) => p[key] ?? -1,
  cell: ({ row }) =>
    row.original[key] === null ? <span className="muted">–</span> : row.original[key]?.toLocaleString(),
  meta: { numeric: true },
});

/** One row a post: who, where, when, how it did, its review and what the caption check found. */
export function PostsTable({ posts, onReview, onEdit, onRemove }: PostsTableProps) {
  // Stable columns keep each row's buttons in place, so focus can return to them after a dialog.
  const columns = useMemo(() => postColumns({ onReview, onEdit, onRemove }), [onReview, onEdit, onRemove]);
  return (
    <div className="content-posts">
      <DataTable label="Posts" data={posts} columns={columns} rowKey={(p) => String(p.id)} />
    </div>
  );
}

const subject = (p: Post) => `${p.creatorName}'s ${PLATFORM_LABELS[p.platform]} ${p.format}`;

function postColumns({ onReview, onEdit, onRemove }: Omit<PostsTableProps, 'posts'>): ColumnDef<Post>[] {
  return [
    {
      id: 'creator',
      header: 'Creator',
      accessorFn: (p) => p.creatorName,
      cell: ({ row }) => (
        <div className="post-creator">
          {row.original.creatorName}
          <div className="muted small post-url" title={row.original.url}>
            {row.original.url.replace(/^https?:\/\/(www\.)?/, '')}
          </div>
        </div>
      ),
    },
    {
      id: 'status',
      header: 'Review',
      accessorFn: (p) => STATUS_LABELS[p.status],
      cell: ({ row }) => <StatusPill status={row.original.status} />,
    },
    {
      id: 'findings',
      header: 'Caption',
      accessorFn: (p) => p.findings.length,
      cell: ({ row }) => {
        const n = row.original.findings.length;
        return n === 0 ? (
          <span className="caption-ok">Clear</span>
        ) : (
          <span className="finding-flag" title={row.original.findings.map((f) => f.message).join('\n')}>
            <span aria-hidden="true">⚑ </span>
            {findingsCount(n)}
          </span>
        );
      },
    },
    { id: 'platform', header: 'Platform', accessorFn: (p) => PLATFORM_LABELS[p.platform] },
    {
      id: 'format',
      header: 'Format',
      accessorFn: (p) => p.format,
      cell: ({ getValue }) => <span className="cap">{String(getValue())}</span>,
    },
    {
      id: 'postedAt',
      header: 'Posted at',
      accessorFn: (p) => p.postedAt ?? '',
      cell: ({ row }) => row.original.postedAt?.replace('T', ' ') ?? <span className="muted">Not yet</span>,
    },
    count('views', 'Views'),
    count('likes', 'Likes'),
    count('comments', 'Comments'),
    count('clicks', 'Clicks'),
    {
      id: 'actions',
      header: 'Actions',
      enableSorting: false,
      meta: { export: false },
      cell: ({ row }) => (
        <div className="row-actions">
          <RowAction label="Review" subject={subject(row.original)} onClick={() => onReview(row.original)} />
          <RowAction label="Edit" subject={subject(row.original)} onClick={() => onEdit(row.original)} />
          {row.original.status === 'approved' ? null : (
            <RowAction label="Remove" subject={subject(row.original)} onClick={() => onRemove(row.original)} />
          )}
        </div>
      ),
    },
  ];
}
