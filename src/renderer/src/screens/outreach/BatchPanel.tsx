import { useEffect, useMemo, useState } from 'react';
import type { Pilot } from '../../../../shared/entities';
import type { RenderedMessage } from '../../../../shared/outreach';
import type { Prospect } from '../../../../shared/sourcing';
import { request } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useOutreach } from '../../stores/outreach';
import { useSourcing } from '../../stores/sourcing';
import { BatchExportForm } from './BatchExportForm';
import { BatchMembers } from './BatchMembers';
import { BatchPreview } from './BatchPreview';

const BATCH_FIELDS = ['templateId', 'localVersionId', 'deadline', 'followUpDate', 'memberIds'];

/** The default batch: shortlisted and not contacted yet. */
const notContacted = (prospects: Prospect[]) =>
  new Set(prospects.filter((p) => p.stage === 'shortlist' && p.lastContactAt === null).map((p) => p.memberId));

/** A batch of messages for one pilot: who, which template and local version, by when; preview and export. */
export function BatchPanel({ pilot }: { pilot: Pilot }) {
  const board = useSourcing((s) => (s.board?.pilotId === pilot.id ? s.board : null));
  const { templates, handoff, clearHandoff, setView } = useOutreach();
  const prospects = useMemo(
    () => [...(board?.prospects ?? [])].filter((p) => p.stage !== 'declined').sort((a, b) => b.fit.score - a.fit.score),
    [board],
  );
  const [chosen, setChosen] = useState<Set<number> | null>(null);
  const [origin, setOrigin] = useState('Shortlisted, not yet contacted.');
  const [templateId, setTemplateId] = useState('');
  const [localId, setLocalId] = useState('');
  const [deadline, setDeadline] = useState('');
  const [followUp, setFollowUp] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [messages, setMessages] = useState<RenderedMessage[] | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);

  // Members sent over from Sourcing win over the default choice, once.
  useEffect(() => {
    if (!board) return;
    if (handoff && handoff.pilotId === pilot.id) {
      setChosen(new Set(handoff.memberIds));
      setOrigin('Sent from Sourcing.');
      clearHandoff();
    } else setChosen((c) => c ?? notContacted(board.prospects));
  }, [board, handoff, pilot.id, clearHandoff]);

  const template =
    templates.find((t) => String(t.id) === templateId) ?? templates.find((t) => t.lockedAt) ?? templates[0];
  const memberIds = useMemo(
    () => prospects.filter((p) => chosen?.has(p.memberId)).map((p) => p.memberId),
    [prospects, chosen],
  );
  const input = useMemo(
    () =>
      template
        ? {
            pilotId: pilot.id,
            templateId: template.id,
            ...(localId ? { localVersionId: Number(localId) } : {}),
            deadline: deadline || null,
          }
        : null,
    [template, pilot.id, localId, deadline],
  );

  // The preview follows every choice; a slower answer for an older choice is dropped.
  useEffect(() => {
    if (!input || memberIds.length === 0) return setMessages(null);
    let live = true;
    request('outreach.preview', { ...input, memberIds }).then(
      (m) => {
        if (!live) return;
        setMessages(m);
        setPreviewError(null);
      },
      (err: Error) => {
        if (!live) return;
        setMessages(null);
        setPreviewError(err.message);
      },
    );
    return () => {
      live = false;
    };
  }, [input, memberIds]);

  if (!board) return <p className="muted">Loading the pilot's creators…</p>;
  if (templates.length === 0 || !template) {
    return (
      <div className="empty-state">
        <h2>No message template yet</h2>
        <p className="muted">Write the message once, with merge fields for each creator, then send it in batches.</p>
        <button type="button" className="button primary" onClick={() => setView('templates')}>
          Write a template
        </button>
      </div>
    );
  }

  async function write(format: 'csv' | 'eml', path: string | null) {
    if (!input) throw new Error('Pick a template');
    const result = await request('outreach.exportBatch', {
      ...input,
      memberIds,
      format,
      followUpDate: followUp || null,
      ...(path ? { path } : {}),
    });
    void useOutreach.getState().refreshSettings();
    void useOutreach.getState().refreshDue();
    void useSourcing.getState().refresh(pilot.id);
    return result;
  }

  return (
    <div className="batch-layout">
      <BatchMembers
        prospects={prospects}
        chosen={chosen ?? new Set()}
        onChange={(c) => {
          setChosen(c);
          setOrigin('Chosen by hand.');
        }}
        onDefault={() => {
          setChosen(notContacted(board.prospects));
          setOrigin('Shortlisted, not yet contacted.');
        }}
        origin={origin}
      />
      <div className="batch-main">
        <div className="form-grid">
          <SelectField
            id="batch-templateId"
            label="Template"
            value={String(template.id)}
            options={templates.map((t) => ({ value: String(t.id), label: t.lockedAt ? t.name : `${t.name} (draft)` }))}
            onChange={(v) => {
              setTemplateId(v);
              setLocalId('');
            }}
            error={errors.templateId}
          />
          <SelectField
            id="batch-localVersionId"
            label="Local version"
            value={localId}
            options={[
              { value: '', label: 'The template as approved' },
              ...template.localVersions.map((l) => ({
                value: String(l.id),
                label: l.language ? `${l.name} (${l.language})` : l.name,
              })),
            ]}
            onChange={setLocalId}
            error={errors.localVersionId}
          />
          <TextField
            id="batch-deadline"
            label="Reply by"
            type="date"
            value={deadline}
            onChange={setDeadline}
            error={errors.deadline}
            hint="Merged as {{deadline}}"
          />
          <TextField
            id="batch-followUpDate"
            label="Follow up on"
            type="date"
            value={followUp}
            onChange={setFollowUp}
            error={errors.followUpDate}
            hint="Empty: three days from now"
          />
        </div>
        {template.lockedAt ? null : (
          <p className="warning-text">This template is a draft: approve and lock it before sending to many creators.</p>
        )}
        <FormAlert message={previewError} />
        {memberIds.length === 0 ? <p className="muted">Pick the creators to write to.</p> : null}
        {messages ? <BatchPreview messages={messages} /> : null}
        <BatchExportForm
          n={memberIds.length}
          write={write}
          isBatchField={(p) => BATCH_FIELDS.includes(p)}
          onFieldErrors={setErrors}
        />
      </div>
    </div>
  );
}
