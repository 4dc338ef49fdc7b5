import { type FormEvent, useRef } from 'react';
import type { Post, ReviewDecision } from '../../../../../shared/content';
import { PLATFORM_LABELS } from '../../../../../shared/entities';
import { request } from '../../../api/client';
import { FormAlert } from '../../../components/FormAlert';
import { Modal } from '../../../components/Modal';
import { TextField } from '../../../components/TextField';
import { useForm } from '../../../forms/use-form';
import { useContent } from '../../../stores/content';
import { NoteField } from '../../review/NoteField';
import { CaptionCheck } from './CaptionCheck';
import { DECISION_LABELS, shortTime } from './content-labels';
import { StatusPill } from './StatusPill';

interface ReviewDialogProps {
  post: Post;
  onClose(): void;
  onReviewed(post: Post, decision: ReviewDecision): void;
}

/** A post's caption as checked, its review history, and the reviewer's decision with a comment. */
export function ReviewDialog({ post, onClose, onReviewed }: ReviewDialogProps) {
  const { putPost, reviewer, setReviewer } = useContent();
  const form = useForm({ comment: '', by: reviewer });
  const ctrlEnter = useRef(false);

  async function decide(event: FormEvent | null, decision: ReviewDecision) {
    let reviewed: Post | null = null;
    const ok = await form.submit(
      event,
      async () => {
        reviewed = await request('posts.review', {
          id: post.id,
          decision,
          comment: form.values.comment,
          by: form.values.by,
        });
      },
      { isField: (p) => p === 'comment' || p === 'by' },
    );
    if (ok && reviewed) {
      putPost(reviewed);
      setReviewer(form.values.by.trim());
      onReviewed(reviewed, decision);
      onClose();
    }
  }

  const approved = post.status === 'approved';
  return (
    <Modal title={`Review ${post.creatorName}'s post`} onClose={onClose} wide>
      <div className="review-post">
        <dl className="facts">
          <dt>Status</dt>
          <dd>
            <StatusPill status={post.status} />
          </dd>
          <dt>Post</dt>
          <dd className="break">
            {PLATFORM_LABELS[post.platform]} {post.format}
            {post.postedAt ? `, posted ${post.postedAt.replace('T', ' ')}` : ''} · {post.url}
          </dd>
        </dl>
        <section aria-label="Caption check">
          <h3 className="small-heading">Caption</h3>
          <CaptionCheck caption={post.caption} findings={post.findings} />
          {post.caption.trim() === '' ? <p className="warning-text">No caption recorded for this post.</p> : null}
        </section>
        <section aria-label="Review history">
          <h3 className="small-heading">History</h3>
          {post.reviews.length === 0 ? (
            <p className="muted">Not reviewed yet.</p>
          ) : (
            <ol className="review-history">
              {post.reviews.map((r) => (
                <li key={`${r.at}-${r.decision}-${r.by}`}>
                  <strong>{DECISION_LABELS[r.decision]}</strong> by {r.by}, {shortTime(r.at)}
                  {r.comment ? <q className="review-comment">{r.comment}</q> : null}
                </li>
              ))}
            </ol>
          )}
        </section>
        {/* Enter in "Reviewed by" must not decide anything: only the buttons and Ctrl+Enter in the comment do. */}
        <form
          ref={form.formRef}
          className="form"
          onKeyDownCapture={(e) => {
            ctrlEnter.current = e.key === 'Enter' && (e.ctrlKey || e.metaKey);
          }}
          onSubmit={(e) => {
            e.preventDefault();
            if (ctrlEnter.current) void decide(null, 'request_changes');
            ctrlEnter.current = false;
          }}
          noValidate
        >
          <FormAlert message={form.alert} />
          <NoteField
            id="review-comment"
            label="Comment"
            value={form.values.comment}
            onChange={(v) => form.set('comment', v)}
            error={form.errors.comment}
            hint="Needed to request changes: say what has to change. Ctrl+Enter requests them."
            autoFocus
          />
          <TextField
            id="review-by"
            label="Reviewed by"
            value={form.values.by}
            onChange={(v) => form.set('by', v)}
            error={form.errors.by}
            hint="Empty: this computer's user name"
            autoComplete="name"
          />
          {approved ? (
            <p className="muted small">
              Approved posts count for the go-live gate and cannot be removed; request changes first to remove one.
            </p>
          ) : null}
          <div className="modal-foot">
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button
              type="button"
              className="button"
              disabled={form.busy}
              onClick={() => void decide(null, 'request_changes')}
            >
              Request changes
            </button>
            {approved ? null : (
              <button
                type="button"
                className="button primary"
                disabled={form.busy}
                onClick={() => void decide(null, 'approve')}
              >
                Approve
              </button>
            )}
          </div>
        </form>
      </div>
    </Modal>
  );
}
