import type { FormEvent } from 'react';
import { EXPORT_FORMATS, type ExportFormat, type ExportResult } from '../../../../shared/payouts';
import { request } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { exportsFolder } from '../../exports-folder';
import { useForm } from '../../forms/use-form';
import { useWorkspace } from '../../stores/workspace';

const FORMAT_LABELS: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'Excel (xlsx)' };
const FORMAT_OPTIONS = EXPORT_FORMATS.map((f) => ({ value: f, label: FORMAT_LABELS[f] }));

interface ExportFinanceFileProps {
  pilotId: number;
  /** Null exports every approved payout of the pilot. */
  payoutIds: number[] | null;
  format: ExportFormat;
  onFormat(format: ExportFormat): void;
  result: string | null;
  onExported(result: ExportResult): void;
}

/** Writes the finance payout file (one row per payout) and says where it landed. */
export function ExportFinanceFile({
  pilotId,
  payoutIds,
  format,
  onFormat,
  result,
  onExported,
}: ExportFinanceFileProps) {
  const workspacePath = useWorkspace((s) => s.info?.path);
  const form = useForm({ path: '' });
  const folder = exportsFolder(workspacePath);

  async function submit(event: FormEvent) {
    const path = form.values.path.trim();
    await form.submit(
      event,
      async () => {
        const written = await request('payouts.export', {
          pilotId,
          format,
          ...(payoutIds ? { payoutIds } : {}),
          ...(path ? { path } : {}),
        });
        onExported(written);
      },
      { isField: (p) => p === 'path' },
    );
  }

  return (
    <form ref={form.formRef} className="section" onSubmit={submit} noValidate aria-labelledby="export-title">
      <h2 id="export-title">Finance payout file</h2>
      <p className="muted">
        One row per payout: creator, payee reference, period, currency, amount, order count, GL code, and when it was
        approved and paid. {payoutIds ? `Only the ${payoutIds.length} chosen payouts.` : 'Every payout listed below.'}
      </p>
      <FormAlert message={form.alert} />
      <div className="form-grid">
        <SelectField id="export-format" label="Format" value={format} options={FORMAT_OPTIONS} onChange={onFormat} />
        <TextField
          id="export-path"
          label="Save as (optional)"
          value={form.values.path}
          onChange={(v) => form.set('path', v)}
          error={form.errors.path}
          placeholder={`${folder}/payouts.${format}`}
          hint={`Leave empty to write to ${folder}. An existing file is never overwritten.`}
          wide
        />
      </div>
      <div className="actions">
        <button type="submit" className="button primary" disabled={form.busy}>
          Export finance file
        </button>
      </div>
      <p className="notice export-result" role="status" data-testid="export-result">
        {result}
      </p>
    </form>
  );
}
