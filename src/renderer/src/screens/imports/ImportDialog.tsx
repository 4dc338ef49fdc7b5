import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { type FileRef, fileRefFor } from '../../api/file-ref';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { ProgressBar } from '../../components/ProgressBar';
import { useCreators } from '../../stores/creators';
import { useGoingLive } from '../../stores/going-live';
import { type ImportRequest, useImportFlow } from '../../stores/import-flow';
import { useNavigation } from '../../stores/navigation';
import { useOrders } from '../../stores/orders';
import { usePilots } from '../../stores/pilots';
import { refreshOrders } from '../../stores/refresh-all';
import { useSourcing } from '../../stores/sourcing';
import { addsUp, RECORD_NOUNS, toWrite } from './bucket-sums';
import { ImportFailure } from './ImportFailure';
import { ImportPreviewView } from './ImportPreviewView';
import { ImportProgress } from './ImportProgress';
import { ImportSetup, type ImportTarget } from './ImportSetup';
import { ImportSummary } from './ImportSummary';
import type { ReadOptions } from './import-options';
import { type StartInput, useImportJob } from './use-import-job';

/**
 * The import of one file, start to end: whose it is, reading with progress,
 * the preview (change how it is read), the commit with progress, and the
 * summary. Escape or Cancel at any point before the end writes nothing.
 */
export function ImportDialog({ request }: { request: ImportRequest }) {
  const close = useImportFlow((s) => s.close);
  const { job, failure, start, commit, cancel } = useImportJob();
  const [target, setTarget] = useState<ImportTarget | null>(null);
  const [options, setOptions] = useState<ReadOptions>({});
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const fileRef = useRef<FileRef | null>(null);
  const lastGood = useRef<ReadOptions>({});
  const body = useRef<HTMLDivElement>(null);
  const source = request.source;

  async function read(t: ImportTarget, next: ReadOptions) {
    setTarget(t);
    setOptions(next);
    setSendError(null);
    if (!fileRef.current) {
      setSending(true);
      try {
        fileRef.current = 'path' in source ? { path: source.path } : await fileRefFor(source.file);
      } catch (err) {
        setSendError((err as Error).message);
        return;
      } finally {
        setSending(false);
      }
    }
    const owner = t.kind === 'orders' ? { brandId: t.brandId } : { pilotId: t.pilotId };
    // The mapping's keys are the fields the preview listed for this kind.
    await start({ kind: t.kind, file: fileRef.current, ...owner, ...definedOnly(next) } as StartInput);
  }

  const state = job?.state ?? null;
  const preview = job?.preview ?? null;
  if (state === 'ready') lastGood.current = options;
  const canCommit = state === 'ready' && preview !== null && !preview.needsMapping && toWrite(preview) > 0;
  const addsUpOk = preview ? addsUp(preview).ok : false;

  const kind = target?.kind ?? request.kind;
  const pilotId = target && target.kind !== 'orders' ? target.pilotId : null;
  const pilotCurrency = usePilots((s) => s.pilots.find((p) => p.id === pilotId)?.currency ?? null);

  useEffect(() => {
    if (state !== 'done') return;
    void refreshOrders();
    // A tracking sheet adds and updates the pilot's creators.
    if (kind === 'tracking' && pilotId !== null) void useCreators.getState().refresh(pilotId);
    // A longlist adds profiles to the pilot's board.
    if (kind === 'longlist' && pilotId !== null) void useSourcing.getState().refresh(pilotId);
  }, [state, kind, pilotId]);

  // Each step brings its own controls: put focus on the one meant for it, so the keyboard never lands nowhere.
  const step = `${target ? 'go' : 'setup'}:${sending}:${state}:${failure ? 'failure' : ''}`;
  useEffect(() => {
    if (!step) return;
    const root = body.current;
    const target =
      root?.querySelector<HTMLElement>('[data-autofocus]:not(:disabled)') ??
      root?.querySelector<HTMLElement>('.modal-foot button:not(:disabled)');
    target?.focus();
  }, [step]);

  function showResult() {
    if (kind === 'posts') {
      if (pilotId !== null) usePilots.getState().select(pilotId);
      useGoingLive.getState().setView('content');
      useNavigation.getState().go('going-live');
      return close();
    }
    if (kind === 'tracking' || kind === 'longlist') {
      if (pilotId !== null) usePilots.getState().select(pilotId);
      useNavigation.getState().go(kind === 'tracking' ? 'creators' : 'sourcing');
      return close();
    }
    const orders = useOrders.getState();
    orders.clearFilters();
    if (job?.kind === 'orders' && job.batchId !== null) orders.setFilter('batchId', job.batchId);
    orders.setView(job?.kind === 'clicks' ? 'clicks' : 'orders');
    useNavigation.getState().go('orders');
    close();
  }

  function onKeyDown(event: KeyboardEvent) {
    // Enter commits a ready preview, unless a control that Enter works on has the focus.
    if (event.key !== 'Enter' || !canCommit || !addsUpOk) return;
    if ((event.target as HTMLElement).closest('button, select, input, textarea, a, summary')) return;
    event.preventDefault();
    void commit();
  }

  const record = RECORD_NOUNS[kind];
  const n = preview ? toWrite(preview) : 0;
  return (
    <Modal title={TITLES[kind]} onClose={close} wide={target !== null}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: catches Enter from anywhere in the dialog's content */}
      <div ref={body} className="import-body" onKeyDown={onKeyDown}>
        {target === null ? (
          <ImportSetup
            fileName={source.name}
            kind={request.kind}
            kindFixed={request.kindFixed}
            busy={false}
            onStart={(t) => void read(t, {})}
            onCancel={close}
          />
        ) : sending ? (
          <ProgressBar label={`Sending ${source.name} to Pilotdesk…`} done={0} total={0} />
        ) : sendError !== null || (job === null && failure !== null) ? (
          <ImportFailure
            message={sendError ?? failure?.message ?? ''}
            field={failure?.body.field ?? null}
            maxFileMb={options.maxFileMb}
            onRetry={(maxFileMb) => void read(target, { ...options, maxFileMb })}
            onBack={() => setTarget(null)}
            onClose={close}
          />
        ) : job === null ? (
          <ProgressBar label={`Opening ${source.name}…`} done={0} total={0} />
        ) : state === 'reading' || state === 'committing' ? (
          <ImportProgress job={job} onCancel={() => void (state === 'reading' ? cancel().then(close) : cancel())} />
        ) : state === 'failed' ? (
          <ImportFailure
            message={job.error?.message ?? 'The file could not be read.'}
            field={job.error?.field ?? null}
            maxFileMb={options.maxFileMb}
            onRetry={(maxFileMb) => void read(target, { ...options, maxFileMb })}
            onBack={() => (lastGood.current !== options ? void read(target, lastGood.current) : setTarget(null))}
            onClose={close}
          />
        ) : state === 'cancelled' ? (
          <div className="form">
            <p role="status">Import cancelled. Nothing was written.</p>
            <div className="modal-foot">
              <button type="button" className="button primary" onClick={close} data-autofocus>
                Close
              </button>
            </div>
          </div>
        ) : state === 'done' ? (
          <ImportSummary job={job} onShow={showResult} onClose={close} />
        ) : preview ? (
          <div className="form">
            <ImportPreviewView
              preview={preview}
              busy={false}
              fieldErrors={failure?.fieldErrors ?? {}}
              onOptions={(change) => void read(target, { ...options, ...change })}
              currency={pilotCurrency}
            />
            <FormAlert message={failure?.message ?? null} />
            <div className="modal-foot">
              <button type="button" className="button" onClick={close}>
                Cancel
              </button>
              <button
                type="button"
                className="button primary"
                disabled={!canCommit || !addsUpOk}
                onClick={() => void commit()}
                data-autofocus
              >
                {preview.needsMapping
                  ? 'Pick the columns first'
                  : n === 0
                    ? 'Nothing new to import'
                    : `${kind === 'tracking' ? 'Move in' : 'Import'} ${n} ${record}${n === 1 ? '' : 's'}`}
              </button>
            </div>
          </div>
        ) : null}
      </div>
    </Modal>
  );
}

const TITLES = {
  orders: 'Import orders',
  clicks: 'Import clicks',
  tracking: 'Move in a tracking sheet',
  longlist: 'Import a longlist',
  posts: 'Import posts',
} as const;

/** The options a user set, without the ones left to the core's choice. */
function definedOnly(o: ReadOptions): ReadOptions {
  const out: ReadOptions = {};
  if (o.format !== undefined) out.format = o.format;
  if (o.format === 'mapped' && o.mapping) out.mapping = o.mapping;
  if (o.dateOrder !== undefined) out.dateOrder = o.dateOrder;
  if (o.decimalMark !== undefined) out.decimalMark = o.decimalMark;
  if (o.sheet !== undefined) out.sheet = o.sheet;
  if (o.maxFileMb !== undefined) out.maxFileMb = o.maxFileMb;
  if (o.currency !== undefined) out.currency = o.currency;
  return out;
}
