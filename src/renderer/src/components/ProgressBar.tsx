import { useId } from 'react';
import { count } from '../format';

interface ProgressBarProps {
  label: string;
  done: number;
  total: number;
  /** What is counted, for the text under the bar ("bytes", "orders"). */
  unit?: string;
}

/** A labelled progress bar; without a known total it shows activity only. */
export function ProgressBar({ label, done, total, unit }: ProgressBarProps) {
  const id = useId();
  const known = total > 0;
  const share = known ? Math.min(100, Math.floor((done / total) * 100)) : null;
  return (
    <div className="progress">
      <label htmlFor={id}>{label}</label>
      {known ? <progress id={id} value={done} max={total} /> : <progress id={id} />}
      <p className="muted" aria-live="polite">
        {share === null ? 'Working…' : `${share}%`}
        {known && unit ? ` · ${count(done)} of ${count(total)} ${unit}` : null}
      </p>
    </div>
  );
}
