/**
 * One import job as the dialog sees it: start (or start again with other
 * options), poll its status while it reads or commits, commit, cancel.
 * A job still open when the dialog goes away is cancelled, so nothing is
 * left half-read in the core.
 */

import { useCallback, useEffect, useRef, useState } from 'react';
import type { InputOf } from '../../../../shared/api/contract';
import type { ImportJob, JobState } from '../../../../shared/imports';
import { ApiFailure, request } from '../../api/client';

const POLL_MS = 150;
const BUSY: readonly JobState[] = ['reading', 'committing'];
const FINISHED: readonly JobState[] = ['done', 'failed', 'cancelled'];

export type StartInput = InputOf<'imports.start'>;

export interface ImportJobControl {
  job: ImportJob | null;
  /** A call the core refused (e.g. a bad option), with its field messages. */
  failure: ApiFailure | null;
  start(input: StartInput): Promise<void>;
  commit(): Promise<void>;
  cancel(): Promise<void>;
}

export function useImportJob(): ImportJobControl {
  const [job, setJob] = useState<ImportJob | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  // The job this dialog follows now; answers about any other job are stale.
  const current = useRef<ImportJob | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const show = useCallback((next: ImportJob | null) => {
    current.current = next;
    setJob(next);
  }, []);

  const poll = useCallback(
    (jobId: string) => {
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(async () => {
        try {
          const next = await request('imports.status', { jobId });
          if (current.current?.id !== jobId) return;
          show(next);
          if (BUSY.includes(next.state)) poll(jobId);
        } catch (err) {
          if (current.current?.id === jobId) setFailure(asFailure(err));
        }
      }, POLL_MS);
    },
    [show],
  );

  const cancelSilently = useCallback(() => {
    const open = current.current;
    window.clearTimeout(timer.current);
    current.current = null;
    if (open && !FINISHED.includes(open.state)) void request('imports.cancel', { jobId: open.id }).catch(() => {});
  }, []);

  useEffect(() => cancelSilently, [cancelSilently]);

  const start = useCallback(
    async (input: StartInput) => {
      cancelSilently();
      setFailure(null);
      show(null);
      try {
        const started = await request('imports.start', input);
        show(started);
        if (BUSY.includes(started.state)) poll(started.id);
      } catch (err) {
        setFailure(asFailure(err));
      }
    },
    [cancelSilently, poll, show],
  );

  const commit = useCallback(async () => {
    const open = current.current;
    if (open?.state !== 'ready') return;
    setFailure(null);
    try {
      const committing = await request('imports.commit', { jobId: open.id });
      show(committing);
      if (BUSY.includes(committing.state)) poll(committing.id);
    } catch (err) {
      setFailure(asFailure(err));
    }
  }, [poll, show]);

  const cancel = useCallback(async () => {
    const open = current.current;
    if (!open || FINISHED.includes(open.state)) return;
    window.clearTimeout(timer.current);
    try {
      show(await request('imports.cancel', { jobId: open.id }));
    } catch (err) {
      setFailure(asFailure(err));
    }
  }, [show]);

  return { job, failure, start, commit, cancel };
}

function asFailure(err: unknown): ApiFailure {
  return err instanceof ApiFailure ? err : new ApiFailure({ code: 'internal', message: (err as Error).message });
}
