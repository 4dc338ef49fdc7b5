import { useCallback, useEffect, useState } from 'react';
import { type Post, REVIEW_STATUSES, type ReviewStatus } from '../../../../../shared/content';
import type { Pilot } from '../../../../../shared/entities';
import { request } from '../../../api/client';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormAlert } from '../../../components/FormAlert';
import { ImportFileButton } from '../../../components/ImportFileButton';
import { SelectField } from '../../../components/SelectField';
import { useContent } from '../../../stores/content';
import { useGoingLive } from '../../../stores/going-live';
import '../../../styles/content.css';
import { BannedClaimsDialog, NoBrandDialog } from './BannedClaimsDialog';
import { STATUS_LABELS } from './content-labels';
import { PostDialog } from './PostDialog';
import { PostsTable } from './PostsTable';
import { ReviewDialog } from './ReviewDialog';

type Open =
  | { kind: 'add' }
  | { kind: 'edit'; post: Post }
  | { kind: 'review'; post: Post }
  | { kind: 'remove'; post: Post }
  | { kind: 'claims' };

/** The pilot's posts with their review and caption check; adding, editing, reviewing and removing them; the brand's banned claims. */
export function ContentPanel({ pilot }: { pilot: Pilot }) {
  const members = useGoingLive((s) => s.members);
  const { posts, loading, error, refresh, dropPost } = useContent();
  const loadedFor = useContent((s) => s.pilotId);
  const [creator, setCreator] = useState('');
  const [status, setStatus] = useState<ReviewStatus | ''>('');
  const [open, setOpen] = useState<Open | null>(null);
  const [said, setSaid] = useState<{ text: string; warn?: boolean }>({ text: '' });

  useEffect(() => {
    void refresh(pilot.id);
  }, [pilot.id, refresh]);

  const shown = posts.filter(
    (p) => (creator === '' || String(p.memberId) === creator) && (status === '' || p.status === status),
  );
  const waiting = posts.filter((p) => p.status === 'needs_review').length;
  const close = useCallback(() => setOpen(null), []);
  const onReview = useCallback((post: Post) => setOpen({ kind: 'review', post }), []);
  const onEdit = useCallback((post: Post) => setOpen({ kind: 'edit', post }), []);
  const onRemove = useCallback((post: Post) => setOpen({ kind: 'remove', post }), []);
  const ready = loadedFor === pilot.id && !(loading && posts.length === 0);

  return (
    <div className="going-live-panel">
      <section className="section" aria-labelledby="content-title">
        <div className="content-head">
          <h2 id="content-title">Content</h2>
          <div className="actions">
            <button type="button" className="button" onClick={() => setOpen({ kind: 'claims' })}>
              Banned claims…
            </button>
            <ImportFileButton label="Import posts…" kind="posts" />
            <button type="button" className="button primary" onClick={() => setOpen({ kind: 'add' })}>
              Add post
            </button>
          </div>
        </div>
        <p className="muted">
          Record each creator's posts and check their captions: a clear disclosure where the audience sees it, and none
          of {pilot.brandName ?? 'the brand'}'s banned claims. A creator goes live once a post is approved.
        </p>
        {pilot.brandId === null ? (
          <p className="warning-text">
            This pilot has no brand, so captions are checked for disclosure only; set the brand on the Pilots screen to
            check banned claims.
          </p>
        ) : null}
        <FormAlert message={error} />
        <div className={said.warn ? 'notice content-warning' : 'notice'} role="status">
          {said.text}
        </div>
        {ready && posts.length === 0 ? (
          <div className="empty-state content-empty">
            <h3>No posts yet</h3>
            <p className="muted">
              Add a creator's post with its link and caption to check the disclosure and review it, or import a sheet of
              posts with their numbers (CSV, XLSX, XLS or ODS).
            </p>
            <div className="actions">
              <button type="button" className="button primary" onClick={() => setOpen({ kind: 'add' })}>
                Add post
              </button>
              <ImportFileButton label="Import a sheet of posts…" kind="posts" />
            </div>
          </div>
        ) : null}
        {posts.length > 0 ? (
          <>
            <div className="toolbar">
              <SelectField
                id="content-creator-filter"
                label="Creator"
                value={creator}
                options={[
                  { value: '', label: 'All creators' },
                  ...members.map((m) => ({ value: String(m.id), label: m.name })),
                ]}
                onChange={setCreator}
              />
              <SelectField<ReviewStatus | ''>
                id="content-status-filter"
                label="Review"
                value={status}
                options={[
                  { value: '', label: 'All statuses' },
                  ...REVIEW_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
                ]}
                onChange={setStatus}
              />
              <p className="muted">
                {posts.length === 1 ? '1 post' : `${posts.length} posts`}, {waiting} to review
              </p>
            </div>
            {shown.length > 0 ? (
              <PostsTable posts={shown} onReview={onReview} onEdit={onEdit} onRemove={onRemove} />
            ) : (
              <div className="empty-state">
                <p>No posts match these filters.</p>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setCreator('');
                    setStatus('');
                  }}
                >
                  Show all posts
                </button>
              </div>
            )}
          </>
        ) : null}
      </section>
      {open?.kind === 'add' || open?.kind === 'edit' ? (
        <PostDialog
          post={open.kind === 'edit' ? open.post : null}
          members={members}
          forMemberId={creator === '' ? null : Number(creator)}
          brandId={pilot.brandId}
          onClose={close}
          onSaved={(post, notice) =>
            setSaid(
              notice
                ? { text: `${notice} (${post.creatorName}).`, warn: true }
                : { text: `${open.kind === 'add' ? 'Added' : 'Saved'} ${post.creatorName}'s post.` },
            )
          }
        />
      ) : null}
      {open?.kind === 'review' ? (
        <ReviewDialog
          post={open.post}
          onClose={close}
          onReviewed={(post, decision) =>
            setSaid({
              text: `${decision === 'approve' ? 'Approved' : 'Requested changes on'} ${post.creatorName}'s post.`,
            })
          }
        />
      ) : null}
      {open?.kind === 'remove' ? (
        <ConfirmDialog
          title="Remove this post?"
          message={`${open.post.creatorName}'s post at ${open.post.url} and its review history will be removed.`}
          confirmLabel="Remove post"
          onClose={close}
          onConfirm={async () => {
            await request('posts.remove', { id: open.post.id });
            dropPost(open.post.id);
            setSaid({ text: `Removed ${open.post.creatorName}'s post.` });
          }}
        />
      ) : null}
      {open?.kind === 'claims' ? (
        pilot.brandId === null ? (
          <NoBrandDialog onClose={close} />
        ) : (
          <BannedClaimsDialog
            brandId={pilot.brandId}
            brandName={pilot.brandName ?? 'the brand'}
            onClose={close}
            onSaved={(n) => {
              const claims = n === 1 ? '1 banned claim' : `${n} banned claims`;
              setSaid({ text: `Saved ${claims} for ${pilot.brandName ?? 'the brand'}.` });
              // Each post's findings are checked against the list.
              void refresh(pilot.id);
            }}
          />
        )
      ) : null}
    </div>
  );
}
