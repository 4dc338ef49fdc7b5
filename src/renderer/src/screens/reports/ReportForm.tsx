import { type FormEvent, useState } from 'react';
import type { Pilot } from '../../../../shared/entities';
import { REPORT_SHEET_LABELS, REPORT_SHEETS, type ReportSheet, type ReportWritten } from '../../../../shared/reports';
import { request } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { ProgressBar } from '../../components/ProgressBar';
import { TextField } from '../../components/TextField';
import { exportsFolder } from '../../exports-folder';
import { useForm } from '../../forms/use-form';
import { useWorkspace } from '../../stores/workspace';
import { ReportWrittenView } from './ReportWrittenView';
import { COST_SHEETS, SHEET_NOTES } from './report-sheets';

interface ReportValues {
  sheets: ReportSheet[];
  leaveOutCosts: boolean;
  path: string;
}

/** Which sheets, with or without costs, and where: then the workbook is written and where it landed is shown. */
export function ReportForm({ pilot }: { pilot: Pilot }) {
  const workspacePath = useWorkspace((s) => s.info?.path);
  const folder = exportsFolder(workspacePath);
  const form = useForm<ReportValues>({ sheets: [...REPORT_SHEETS], leaveOutCosts: false, path: '' });
  const [written, setWritten] = useState<ReportWritten | null>(null);
  const { sheets, leaveOutCosts } = form.values;
  // Sheets written with these choices: a cost sheet goes when costs are left out.
  const writing = sheets.filter((s) => !(leaveOutCosts && COST_SHEETS.includes(s)));

  function toggle(sheet: ReportSheet) {
    const next = sheets.includes(sheet) ? sheets.filter((s) => s !== sheet) : [...sheets, sheet];
    form.set(
      'sheets',
      REPORT_SHEETS.filter((s) => next.includes(s)),
    );
  }

  async function submit(event: FormEvent) {
    setWritten(null);
    const path = form.values.path.trim();
    await form.submit(
      event,
      async () => {
        if (writing.length === 0) throw new Error('Pick at least one sheet to include.');
        setWritten(
          await request('reports.export', {
            pilotId: pilot.id,
            sheets: writing,
            includeCosts: !leaveOutCosts,
            ...(path ? { path } : {}),
          }),
        );
      },
      { isField: (p) => p === 'path' },
    );
  }

  return (
    <>
      <form
        ref={form.formRef}
        className="section form"
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-labelledby="report-title"
      >
        <h2 id="report-title">Client report for {pilot.name}</h2>
        <p className="muted">
          One Excel workbook for the client: money in {pilot.currency}, header rows frozen with filters on. Nothing in
          it can run as a formula.
        </p>
        <FormAlert message={form.alert} />
        <fieldset className="report-sheets">
          <legend>Sheets to include</legend>
          {REPORT_SHEETS.map((sheet) => {
            const costly = leaveOutCosts && COST_SHEETS.includes(sheet);
            return (
              <label key={sheet} className="toggle" title={SHEET_NOTES[sheet]}>
                <input
                  type="checkbox"
                  checked={sheets.includes(sheet) && !costly}
                  disabled={costly}
                  onChange={() => toggle(sheet)}
                  aria-describedby={`report-sheet-${sheet}-note`}
                />
                {REPORT_SHEET_LABELS[sheet]}
                <span className="visually-hidden" id={`report-sheet-${sheet}-note`}>
                  {costly ? 'left out with costs' : SHEET_NOTES[sheet]}
                </span>
              </label>
            );
          })}
        </fieldset>
        <div className="report-costs">
          <label className="toggle">
            <input
              type="checkbox"
              checked={leaveOutCosts}
              onChange={(e) => form.set('leaveOutCosts', e.target.checked)}
              aria-describedby="report-costs-hint"
            />
            Leave out costs
          </label>
          <p className="field-hint" id="report-costs-hint">
            For a client who must not see what creators are paid: fees, commission, CAC, ROAS and payouts are left out,
            and the Payouts sheet is not written.
          </p>
        </div>
        <TextField
          id="report-path"
          label="Save as (optional)"
          value={form.values.path}
          onChange={(v) => form.set('path', v)}
          error={form.errors.path}
          placeholder={`${folder}/${pilot.name} report.xlsx`}
          hint={`Leave empty to write to ${folder}. An existing file is never overwritten.`}
          wide
        />
        <div className="actions">
          <button type="submit" className="button primary" disabled={form.busy || writing.length === 0}>
            {form.busy ? 'Writing the report…' : 'Export report'}
          </button>
          {writing.length === 0 ? <span className="muted">Pick at least one sheet.</span> : null}
        </div>
        {form.busy ? <ProgressBar label={`Writing the report for ${pilot.name}…`} done={0} total={0} /> : null}
      </form>
      {written ? <ReportWrittenView written={written} /> : null}
    </>
  );
}
