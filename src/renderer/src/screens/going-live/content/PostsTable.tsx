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

const NUMBERS = [
  ['views', 'views'],
  ['likes', 'likes'],
  ['comments', 'comments'],
  ['clicks', 'clicks'],
] as const;

/** "12,400 views · 830 likes · 12 comments": the numbers recorded, in one narrow cell. */
const numbersOf = (p: Post) =>
  NUMBERS.filter(([key]) => p[key] !== null)
    .map(([key, word]) => `${p[key]?.toLocaleString()} ${word}`)
    .join(' · ');

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
      // The review and what the caption check found, together: both say whether the post may go out.
      id: 'status',
      header: 'Review',
      accessorFn: (p) => STATUS_LABELS[p.status],
      cell: ({ row }) => {
        const n = row.original.findings.length;
        return (
          <div className="post-review">
            <StatusPill status={row.original.status} />
            {n === 0 ? (
              <span className="caption-ok small">No findings</span>
            ) : (
              <span className="finding-flag small" title={row.original.findings.map((f) => f.message).join('\n')}>
                <span aria-hidden="true">⚑ </span>
                {findingsCount(n)}
              </span>
            )}
          </div>
        );
      },
    },
    {
      id: 'post',
      header: 'Post',
      accessorFn: (p) => p.postedAt ?? '',
      cell: ({ row }) => (
        <div>
          {PLATFORM_LABELS[row.original.platform]} <span className="cap">{row.original.format}</span>
          <div className="muted small">{row.original.postedAt?.replace('T', ' ') ?? 'Not posted yet'}</div>
        </div>
      ),
    },
    {
      id: 'numbers',
      header: 'Numbers',
      accessorFn: (p) => p.views ?? -1,
      cell: ({ row }) => (
        <div className="post-numbers">{numbersOf(row.original) || <span className="muted">None yet</span>}</div>
      ),
    },
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
