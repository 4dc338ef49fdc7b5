import type { ImportJob } from '../../../../shared/imports';
import { ProgressBar } from '../../components/ProgressBar';

/** Reading or writing under way: what is happening, how far, and a way out. */
export function ImportProgress({ job, onCancel }: { job: ImportJob; onCancel(): void }) {
  const committing = job.state === 'committing';
  const phase = job.progress.phase || (committing ? 'Writing' : 'Reading');
  return (
    <div className="form">
      <ProgressBar
        label={`${phase}: ${job.fileName}`}
        done={job.progress.done}
        total={job.progress.total}
        unit={committing ? 'records' : 'bytes'}
      />
      <p className="muted">
        {committing
          ? 'Everything is written in one step: cancel now and the workspace stays exactly as it was.'
          : 'Nothing is written while the file is read; you will see a preview first.'}
      </p>
      <div className="modal-foot">
        <button type="button" className="button" onClick={onCancel} data-autofocus>
          Cancel
        </button>
      </div>
    </div>
  );
}
