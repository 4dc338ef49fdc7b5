import { type FormEvent, useState } from 'react';
import type { Pilot } from '../../../../shared/entities';
import type { CodeExport, CodeExportFormat, DiscountCheck, DiscountState } from '../../../../shared/tracking-assets';
import { request } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { exportsFolder } from '../../exports-folder';
import { useForm } from '../../forms/use-form';
import { useGoingLive } from '../../stores/going-live';
import { useWorkspace } from '../../stores/workspace';

const FORMATS: { format: CodeExportFormat; label: string; which: string }[] = [
  { format: 'matrixify', label: 'Matrixify file (Shopify)', which: 'For a Shopify shop with the Matrixify app' },
  { format: 'webtoffee', label: 'WebToffee file (WooCommerce)', which: 'For a WooCommerce shop with WebToffee import' },
  { format: 'printable', label: 'Printable list', which: 'To type the codes in by hand, or hand out' },
];

const STATE_LABELS: Record<DiscountState, string> = {
  active: 'Active',
  expired: 'Expired',
  scheduled: 'Scheduled',
  other: 'Other status',
  missing: 'Missing from the shop',
  no_code: 'No code yet',
};

/** The codes as the shop takes them, and the check of the shop's own discounts export. */
export function ShopFilesPanel({ pilot }: { pilot: Pilot }) {
  const shop = useGoingLive((s) => s.settings?.shop ?? 'shopify');
  return (
    <div className="going-live-panel">
      <CodeFiles pilot={pilot} recommended={shop === 'shopify' ? 'matrixify' : 'webtoffee'} />
      <DiscountsCheck pilot={pilot} />
    </div>
  );
}

function CodeFiles({ pilot, recommended }: { pilot: Pilot; recommended: CodeExportFormat }) {
  const folder = exportsFolder(useWorkspace((s) => s.info?.path));
  const [written, setWritten] = useState<CodeExport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function write(format: CodeExportFormat) {
    setBusy(true);
    setError(null);
    setWritten(null);
    try {
      setWritten(await request('assets.exportCodes', { pilotId: pilot.id, format }));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="section" aria-labelledby="code-files-title">
      <h2 id="code-files-title">Code files for the shop</h2>
      <p className="muted">
        Neither Shopify’s admin nor WooCommerce imports discount codes from a plain CSV: write the file your shop’s
        import app takes. Files go to {folder}.
      </p>
      <div className="export-choices">
        {FORMATS.map((f) => (
          <div key={f.format} className={f.format === recommended ? 'export-choice recommended' : 'export-choice'}>
            <button
              type="button"
              className={f.format === recommended ? 'button primary' : 'button'}
              disabled={busy}
              onClick={() => void write(f.format)}
            >
              Export {f.label}
            </button>
            <span className="muted small">
              {f.which}
              {f.format === recommended ? ' — matches this pilot’s shop' : ''}
            </span>
          </div>
        ))}
      </div>
      <FormAlert message={error} />
      {written ? (
        <div className="notice" role="status" aria-label="Code file written">
          <p>
            Wrote {written.rows} {written.rows === 1 ? 'code' : 'codes'} to{' '}
            <span className="mono break" data-testid="code-file-path">
              {written.path}
            </span>
          </p>
          <p>{written.guidance}</p>
          {written.withoutCode.length > 0 ? (
            <p className="warning-text">Left out, no code yet: {written.withoutCode.join(', ')}.</p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function DiscountsCheck({ pilot }: { pilot: Pilot }) {
  const form = useForm({ path: '' });
  const [check, setCheck] = useState<DiscountCheck | null>(null);

  async function submit(event: FormEvent) {
    await form.submit(
      event,
      async () =>
        setCheck(await request('assets.checkDiscounts', { pilotId: pilot.id, path: form.values.path.trim() })),
      { isField: (p) => p === 'path' },
    );
  }

  return (
    <section className="section" aria-labelledby="discount-check-title">
      <h2 id="discount-check-title">Check against the shop’s discounts export</h2>
      <p className="muted">
        In Shopify admin, Discounts → Export, then give the file here to see which codes the shop has and whether they
        are active.
      </p>
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <FormAlert message={form.alert} />
        <div className="inline-form">
          <TextField
            id="discounts-file"
            label="Discounts export file"
            value={form.values.path}
            onChange={(v) => form.set('path', v)}
            error={form.errors.path}
            placeholder="/Users/me/Downloads/discounts_export.csv"
            wide
          />
          <button type="submit" className="button" disabled={form.busy}>
            Check codes
          </button>
        </div>
      </form>
      {check ? (
        <>
          <p className="muted" role="status">
            {check.fileName} lists {check.shopDiscounts} {check.shopDiscounts === 1 ? 'discount' : 'discounts'}.
          </p>
          <div className="table-wrap">
            <table className="table" aria-label="Codes in the shop">
              <thead>
                <tr>
                  <th scope="col">Creator</th>
                  <th scope="col">Code</th>
                  <th scope="col">In the shop</th>
                  <th scope="col">Shop status</th>
                  <th scope="col">Runs</th>
                </tr>
              </thead>
              <tbody>
                {check.rows.map((r) => (
                  <tr key={r.memberId}>
                    <th scope="row">{r.name}</th>
                    <td className="mono">{r.code ?? '—'}</td>
                    <td>
                      <span className={`state-pill state-${r.state}`}>{STATE_LABELS[r.state]}</span>
                    </td>
                    <td>{r.shopStatus ?? '—'}</td>
                    <td>{r.start || r.end ? `${r.start ?? '…'} – ${r.end ?? 'no end'}` : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
