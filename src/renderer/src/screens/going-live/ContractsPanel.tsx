import { useState } from 'react';
import type {
  CompensationModel,
  ContractStatus,
  GeneratedDocument,
  MemberContract,
  MemberTerms,
} from '../../../../shared/contracts';
import type { Pilot, PilotCreator } from '../../../../shared/entities';
import { request } from '../../api/client';
import { SelectField } from '../../components/SelectField';
import { STAGE_LABELS } from '../../labels';
import { useGoingLive } from '../../stores/going-live';
import { ContractSettingsForm } from './ContractSettingsForm';
import { ContractTemplateEditor } from './ContractTemplateEditor';
import { StatusDialog } from './StatusDialog';
import { MODEL_OPTIONS, TermsDialog } from './TermsDialog';

const NEXT: Record<ContractStatus, ContractStatus | null> = { draft: 'sent', sent: 'signed', signed: null };

type Said = { memberId: number; text: string; missing?: string[]; failed?: boolean };

/** Per member: stage, terms (amounts, model, usage rights) in words, the contract document and its status; then the template and settings. */
export function ContractsPanel({ pilot }: { pilot: Pilot }) {
  const { members, contracts, terms } = useGoingLive();
  const [moving, setMoving] = useState<{ member: PilotCreator; status: ContractStatus } | null>(null);
  const [said, setSaid] = useState<Said | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const edited = members.find((m) => m.id === editing) ?? null;

  return (
    <div className="going-live-panel">
      <section className="section" aria-labelledby="contracts-title">
        <h2 id="contracts-title">Terms and contracts</h2>
        <p className="muted">
          Edit terms sets a creator's amounts (stipend, commission and tiers, CPA, bonus…), the compensation model that
          says which of them they are paid by, and their usage rights window (empty: the pilot's, set below).
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
                  terms={terms[m.id] ?? null}
                  said={said?.memberId === m.id ? said : null}
                  onSay={setSaid}
                  onMove={(status) => setMoving({ member: m, status })}
                  onEditTerms={() => setEditing(m.id)}
                />
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <ContractSettingsForm pilotId={pilot.id} />
      <ContractTemplateEditor />
      {edited ? (
        <TermsDialog pilot={pilot} member={edited} terms={terms[edited.id] ?? null} onClose={() => setEditing(null)} />
      ) : null}
      {moving ? <StatusDialog member={moving.member} status={moving.status} onClose={() => setMoving(null)} /> : null}
    </div>
  );
}

interface MemberRowProps {
  member: PilotCreator;
  contract: MemberContract | null;
  terms: MemberTerms | null;
  said: Said | null;
  onSay(said: Said | null): void;
  onMove(status: ContractStatus): void;
  onEditTerms(): void;
}

function MemberRow({ member, contract, terms, said, onSay, onMove, onEditTerms }: MemberRowProps) {
  const { putTerms, refresh, pilotId } = useGoingLive();
  const [modelError, setModelError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const selectId = `model-${member.id}`;
  const model = terms?.model ?? null;

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
      <th scope="row">
        <div>{member.name}</div>
        <span className={`badge stage-${member.stage}`}>{STAGE_LABELS[member.stage]}</span>
      </th>
      <td>
        <SelectField<CompensationModel | ''>
          id={selectId}
          label={`Compensation model for ${member.name}`}
          hideLabel
          value={model ?? ''}
          options={MODEL_OPTIONS}
          onChange={(v) => void setModel(v)}
          error={modelError ?? undefined}
        />
        {terms?.summary ? <p className="small">{terms.summary}</p> : null}
        {terms ? (
          <p className="small muted">
            Usage rights: {terms.usageRightsDays} days{terms.ownUsageRights ? '' : ' (pilot default)'}
          </p>
        ) : null}
      </td>
      <td>
        <ContractSteps contract={contract} />
      </td>
      <td>
        <div className="actions">
          <button
            type="button"
            className="button small"
            onClick={onEditTerms}
            aria-label={`Edit terms for ${member.name}`}
          >
            Edit terms…
          </button>
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
