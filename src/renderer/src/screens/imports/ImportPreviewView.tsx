import type { ImportPreview } from '../../../../shared/imports';
import { BucketTable } from './BucketTable';
import { ChangedOrders } from './ChangedOrders';
import { ColumnMapping } from './ColumnMapping';
import { FigureDifferences } from './FigureDifferences';
import { ImportFacts } from './ImportFacts';
import { ImportHeadline } from './ImportHeadline';
import { ImportOptions } from './ImportOptions';
import { ImportWarnings } from './ImportWarnings';
import type { ReadOptions } from './import-options';
import { LonglistRows } from './LonglistRows';
import { PostRows } from './PostRows';
import { ProblemList } from './ProblemList';
import { SampleOrders } from './SampleOrders';
import { TrackingRows } from './TrackingRows';

interface ImportPreviewViewProps {
  preview: ImportPreview;
  busy: boolean;
  fieldErrors: Record<string, string>;
  onOptions(change: ReadOptions): void;
  /** The currency of a tracking sheet's money: the pilot's. */
  currency?: string | null;
}

/** Everything a user checks before the import is written; nothing here writes. */
export function ImportPreviewView({ preview, busy, fieldErrors, onOptions, currency }: ImportPreviewViewProps) {
  // Until the required columns are named there are no orders to count: show the choices, not zeros.
  const counted = !preview.needsMapping;
  return (
    <div className="import-preview">
      {counted ? <ImportHeadline preview={preview} done={false} /> : null}
      <ImportWarnings warnings={preview.warnings} />
      <ImportFacts preview={preview} />
      <ImportOptions preview={preview} busy={busy} errors={fieldErrors} onChange={onOptions} />
      <ColumnMapping
        // A new reading brings new columns: start the choices afresh from it.
        key={`${preview.format.id}:${preview.headers.join('\u0000')}`}
        preview={preview}
        busy={busy}
        errors={fieldErrors}
        onApply={(mapping) => onOptions({ format: 'mapped', mapping })}
      />
      {counted ? <BucketTable preview={preview} /> : null}
      <ProblemList problems={preview.problems} total={preview.problemCount} />
      <ChangedOrders changed={preview.changed} />
      {counted && preview.kind === 'orders' ? (
        <section className="import-section" aria-labelledby="import-sample">
          <h3 id="import-sample">First orders</h3>
          <SampleOrders sample={preview.sample} />
        </section>
      ) : null}
      {counted && preview.kind === 'longlist' ? <LonglistRows rows={preview.longlistRows ?? []} /> : null}
      {counted && preview.kind === 'posts' ? <PostRows rows={preview.postRows ?? []} /> : null}
      {counted && preview.kind === 'tracking' ? (
        <>
          <TrackingRows rows={preview.trackingRows ?? []} currency={currency ?? null} />
          <FigureDifferences differences={preview.differences ?? []} done={false} />
        </>
      ) : null}
    </div>
  );
}
