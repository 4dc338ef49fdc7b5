import type { ImportJob } from '../../../../shared/imports';
import { BucketTable } from './BucketTable';
import { FigureDifferences } from './FigureDifferences';
import { ImportHeadline } from './ImportHeadline';
import { ProblemList } from './ProblemList';

interface ImportSummaryProps {
  job: ImportJob;
  onShow(): void;
  onClose(): void;
}

/** After the commit: what was written, in the same buckets the preview showed. */
export function ImportSummary({ job, onShow, onClose }: ImportSummaryProps) {
  const preview = job.preview;
  const isOrders = job.kind === 'orders';
  const isTracking = job.kind === 'tracking';
  const isLonglist = job.kind === 'longlist';
  return (
    <div className="form">
      <p className="notice">Imported {job.fileName}. This import can be undone as a whole from the import history.</p>
      {preview ? (
        <>
          <ImportHeadline preview={preview} done />
          <BucketTable preview={preview} />
          <ProblemList problems={preview.problems} total={preview.problemCount} />
          {isTracking ? <FigureDifferences differences={preview.differences ?? []} done /> : null}
        </>
      ) : null}
      <div className="modal-foot">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <button type="button" className="button primary" onClick={onShow} data-autofocus>
          {isOrders
            ? 'See the orders'
            : isTracking
              ? 'See the creators'
              : isLonglist
                ? 'See the board'
                : job.kind === 'posts'
                  ? 'See the posts'
                  : 'See the clicks'}
        </button>
      </div>
    </div>
  );
}
