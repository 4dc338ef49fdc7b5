import type { FormEvent } from 'react';
import { POST_FORMATS, type Post, type PostFormat } from '../../../../../shared/content';
import { type PilotCreator, PLATFORM_LABELS, PLATFORMS, type Platform } from '../../../../../shared/entities';
import { request } from '../../../api/client';
import { FormActions } from '../../../components/FormActions';
import { FormAlert } from '../../../components/FormAlert';
import { Modal } from '../../../components/Modal';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { useForm } from '../../../forms/use-form';
import { useContent } from '../../../stores/content';
import { NoteField } from '../../review/NoteField';
import { CaptionCheck } from './CaptionCheck';
import { METRICS, POST_FIELDS, postInput, postValues } from './post-values';
import { useCaptionCheck } from './use-caption-check';

const FORMAT_LABELS: Record<PostFormat, string> = {
  post: 'Post',
  reel: 'Reel',
  story: 'Story',
  video: 'Video',
  short: 'Short',
  live: 'Live',
  other: 'Other',
};

interface PostDialogProps {
  /** null adds a post. */
  post: Post | null;
  members: PilotCreator[];
  /** Whose post a new one is at first (the creator the table is filtered to). */
  forMemberId: number | null;
  brandId: number | null;
  onClose(): void;
  /** What the core said about the save (an approved post back to review), for the tab to show. */
  onSaved(post: Post, notice: string | null): void;
}

/** Adds or edits a post; the caption is checked as it is typed. */
export function PostDialog({ post, members, forMemberId, brandId, onClose, onSaved }: PostDialogProps) {
  const putPost = useContent((s) => s.putPost);
  const form = useForm(() =>
    postValues(post, post ? null : (members.find((m) => m.id === forMemberId) ?? members[0] ?? null)),
  );
  const { values, errors } = form;
  const check = useCaptionCheck(values.caption, values.platform, brandId);

  async function submit(event: FormEvent) {
    let saved: { post: Post; notice: string | null } | null = null;
    const ok = await form.submit(
      event,
      async () => {
        saved = await request('posts.save', postInput(values, post?.id ?? null));
      },
      { isField: (p) => POST_FIELDS.includes(p) },
    );
    if (ok && saved) {
      const { post: result, notice } = saved;
      putPost(result);
      onSaved(result, notice);
      onClose();
    }
  }

  const creator = post ? post.creatorName : null;
  return (
    <Modal title={creator ? `Edit ${creator}'s post` : 'Add a post'} onClose={onClose} wide>
      <form ref={form.formRef} className="form" onSubmit={submit} noValidate>
        <FormAlert message={form.alert} />
        {post?.status === 'approved' ? (
          <p className="warning-text">
            This post is approved; changing its caption or platform sends it back to review.
          </p>
        ) : null}
        <div className="form-grid">
          {post ? null : (
            <SelectField
              id="post-member"
              label="Creator"
              value={values.memberId}
              options={members.map((m) => ({ value: String(m.id), label: m.name }))}
              onChange={(v) => {
                const member = members.find((m) => String(m.id) === v);
                form.setValues((old) => ({
                  ...old,
                  memberId: v,
                  platform: member?.handles[0]?.platform ?? old.platform,
                }));
              }}
              error={errors.memberId}
            />
          )}
          <TextField
            id="post-url"
            label="Post URL"
            type="url"
            inputMode="url"
            value={values.url}
            onChange={(v) => form.set('url', v)}
            error={errors.url}
            placeholder="https://www.instagram.com/p/…"
            required
            wide
            autoFocus
          />
          <SelectField<Platform>
            id="post-platform"
            label="Platform"
            value={values.platform}
            options={PLATFORMS.map((p) => ({ value: p, label: PLATFORM_LABELS[p] }))}
            onChange={(v) => form.set('platform', v)}
            error={errors.platform}
          />
          <SelectField<PostFormat>
            id="post-format"
            label="Format"
            value={values.format}
            options={POST_FORMATS.map((f) => ({ value: f, label: FORMAT_LABELS[f] }))}
            onChange={(v) => form.set('format', v)}
            error={errors.format}
          />
          <TextField
            id="post-posted-at"
            label="Posted at"
            value={values.postedAt}
            onChange={(v) => form.set('postedAt', v)}
            error={errors.postedAt}
            hint="2026-03-05 or 2026-03-05T18:30, the creator's local time"
          />
        </div>
        <div className="caption-edit">
          <NoteField
            id="post-caption"
            label="Caption"
            rows={6}
            value={values.caption}
            onChange={(v) => form.set('caption', v)}
            error={errors.caption}
            hint="Paste it as posted, hashtags and all. Ctrl+Enter saves."
          />
          <section className="caption-result" aria-label="Caption check">
            <h3 className="small-heading">
              Check {check.checking ? <span className="muted">(checking…)</span> : null}
            </h3>
            <CaptionCheck
              caption={check.checked}
              findings={check.findings}
              checking={check.checking}
              error={check.error}
            />
          </section>
        </div>
        <fieldset className="group">
          <legend>Results so far</legend>
          <div className="form-grid metrics-grid">
            {METRICS.map((m) => (
              <TextField
                key={m}
                id={`post-${m}`}
                label={m[0]?.toUpperCase() + m.slice(1)}
                inputMode="numeric"
                value={values[m]}
                onChange={(v) => form.set(m, v)}
                error={errors[m]}
              />
            ))}
          </div>
        </fieldset>
        <FormActions submitLabel={post ? 'Save post' : 'Add post'} busy={form.busy} onCancel={onClose} />
      </form>
    </Modal>
  );
}
