import { useState } from 'react';
import {
  COMPENSATION_LABELS,
  COMPENSATION_MODELS,
  type CompensationModel,
  type ContractStatus,
  type GeneratedDocument,
  type MemberContract,
} from '../../../../shared/contracts';
import type { Pilot, PilotCreator } from '../../../../shared/entities';
import { request } from '../../api/client';
import { useGoingLive } from '../../stores/going-live';
import { ContractSettingsForm } from './ContractSettingsForm';
import { ContractTemplateEditor } from './ContractTemplateEditor';
import { StatusDialog } from './StatusDialog';

const NEXT: Record<ContractStatus, ContractStatus | null> = { draft: 'sent', sent: 'signed', signed: null };

type Said = { memberId: number; text: string; missing?: string[]; failed?: boolean };

/** Per member: the compensation model in words, the contract document and its status; then the template and settings. */
export function ContractsPanel({ pilot }: { pilot: Pilot }) {
  const { members, contracts, terms } = useGoingLive();
  const [moving, setMoving] = useState<{ member: PilotCreator; status: ContractStatus } | null>(null);
  const [said, setSaid] = useState<Said | null>(null);

  return (
    <div className="going-live-panel">
      <section className="section" aria-labelledby="contracts-title">
        <h2 id="contracts-title">Terms and contracts</h2>
        <p className="muted">
          Amounts (stipend, commission, CPA, bonus…) are set on each creator in the Creators screen; the model says
          which of them the creator is paid by.
        </p>
        <div className="table-wrap">
          <table className="table contracts-table" aria-label="Terms and contracts">
            <thead>
              <tr>
                <th scope="col">Creator</th>
                <th scope="col">Compensation</th>
                <th scope="col">Contract</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <MemberRow
                  key={m.id}
                  member={m}
                  contract={contracts.find((c) => c.memberId === m.id) ?? null}
                  model={terms[m.id]?.model ?? null}
                  summary={terms[m.id]?.summary ?? null}
                  said={said?.memberId === m.id ? said : null}
                  onSay={setSaid}
                  onMove={(status) => setMoving({ member: m, status })}
                />
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <ContractSettingsForm pilotId={pilot.id} />
      <ContractTemplateEditor />
      {moving ? <StatusDialog member={moving.member} status={moving.status} onClose={() => setMoving(null)} /> : null}
    </div>
  );
}

interface MemberRowProps {
  member: PilotCreator;
  contract: MemberContract | null;
  model: CompensationModel | null;
  summary: string | null;
  said: Said | null;
  onSay(said: Said | null): void;
  onMove(status: ContractStatus): void;
}

function MemberRow({ member, contract, model, summary, said, onSay, onMove }: MemberRowProps) {
  const { putTerms, refresh, pilotId } = useGoingLive();
  const [modelError, setModelError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const selectId = `model-${member.id}`;

  async function setModel(value: string) {
    setModelError(null);
    try {
      putTerms(
        await request('contracts.terms', {
          memberId: member.id,
          model: value === '' ? null : (value as CompensationModel),
        }),
      );
    } catch (err) {
      setModelError((err as Error).message);
    }
  }

  async function generate() {
    setBusy(true);
    onSay(null);
    try {
      const doc: GeneratedDocument = await request('contracts.generate', { memberId: member.id });
      onSay({ memberId: member.id, text: `Contract written to ${doc.path}`, missing: doc.missing.map((f) => f.label) });
      await refresh(pilotId);
    } catch (err) {
      onSay({ memberId: member.id, text: (err as Error).message, failed: true });
    } finally {
      setBusy(false);
    }
  }

  const status = contract?.status ?? null;
  const next = status ? NEXT[status] : null;
  return (
    <tr>
      <th scope="row">{member.name}</th>
      <td>
        <div className="field">
          <label htmlFor={selectId} className="visually-hidden">
            Compensation model for {member.name}
          </label>
          <select
            id={selectId}
            className="input"
            value={model ?? ''}
            onChange={(e) => void setModel(e.target.value)}
            aria-invalid={modelError ? true : undefined}
            aria-describedby={modelError ? `${selectId}-error` : undefined}
          >
            <option value="">No model yet</option>
            {COMPENSATION_MODELS.map((m) => (
              <option key={m} value={m}>
                {COMPENSATION_LABELS[m]}
              </option>
            ))}
          </select>
          {modelError ? (
            <p className="field-error" id={`${selectId}-error`}>
              {modelError}
            </p>
          ) : null}
        </div>
        {summary ? <p className="small">{summary}</p> : null}
      </td>
      <td>
        <ContractSteps contract={contract} />
      </td>
      <td>
        <div className="actions">
          <button type="button" className="button small" disabled={busy} onClick={() => void generate()}>
            Generate .docx
          </button>
          {next ? (
            <button type="button" className="button small" onClick={() => onMove(next)}>
              Mark {next}…
            </button>
          ) : null}
        </div>
        {said ? (
          <div className={said.failed ? 'field-error' : 'small'} role="status">
            <p className="break">{said.text}</p>
            {said.missing && said.missing.length > 0 ? (
              <p className="warning-text">Missing, shown as “[missing: …]”: {said.missing.join(', ')}.</p>
            ) : null}
          </div>
        ) : null}
      </td>
    </tr>
  );
}

function ContractSteps({ contract }: { contract: MemberContract | null }) {
  if (!contract?.status) return <span className="muted">Not drafted</span>;
  return (
    <div>
      <span className={`state-pill contract-${contract.status}`}>{contract.status}</span>
      <ul className="contract-steps">
        {(['draft', 'sent', 'signed'] as const).map((s) =>
          contract[s].date ? (
            <li key={s}>
              {s === 'draft' ? 'Drafted' : s === 'sent' ? 'Sent' : 'Signed'} {contract[s].date?.slice(0, 10)}
              {contract[s].by ? ` by ${contract[s].by}` : ''}
            </li>
          ) : null,
        )}
      </ul>
      {contract.filePath ? <p className="muted small break">{contract.filePath}</p> : null}
    </div>
  );
}
