import { type FormEvent, useState } from 'react';
import { DEFAULT_MAX_FILE_MB } from '../../../../shared/imports';
import { TextField } from '../../components/TextField';

interface ImportFailureProps {
  message: string;
  field: string | null;
  maxFileMb: number | undefined;
  /** Reads the file again, with a higher size limit when the user raised it. */
  onRetry(maxFileMb?: number): void;
  onBack: (() => void) | null;
  onClose(): void;
}

/** Why the file could not be read, and the ways on: raise the size limit, go back, or close. */
export function ImportFailure({ message, field, maxFileMb, onRetry, onBack, onClose }: ImportFailureProps) {
  const tooLarge = field === 'maxFileMb';
  const [limit, setLimit] = useState(String(Math.min(4096, (maxFileMb ?? DEFAULT_MAX_FILE_MB) * 2)));

  function retry(event: FormEvent) {
    event.preventDefault();
    onRetry(Number(limit));
  }

  return (
    <form className="form" onSubmit={retry} noValidate>
      <div className="alert" role="alert">
        {message}
      </div>
      {tooLarge ? (
        <TextField
          id="import-max-mb"
          label="Size limit"
          value={limit}
          onChange={setLimit}
          affix="MB"
          inputMode="numeric"
          hint="A limit guards against files that would fill the memory; raise it for a file you trust (at most 4096 MB)."
          autoFocus
        />
      ) : null}
      <div className="modal-foot">
        <button type="button" className="button" onClick={onClose} data-autofocus={tooLarge ? undefined : true}>
          Close
        </button>
        {onBack ? (
          <button type="button" className="button" onClick={onBack}>
            Back
          </button>
        ) : null}
        {tooLarge ? (
          <button type="submit" className="button primary">
            Read again with this limit
          </button>
        ) : null}
      </div>
    </form>
  );
}
