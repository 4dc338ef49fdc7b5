import { TextField } from '../../components/TextField';
import { lastMonth, monthOf, today } from './period';

interface PeriodFieldsProps {
  start: string;
  end: string;
  errors: Record<string, string>;
  onChange(start: string, end: string): void;
}

/** The payout period: first and last day, with the months people usually pay by one click away. */
export function PeriodFields({ start, end, errors, onChange }: PeriodFieldsProps) {
  const last = lastMonth();
  const current = monthOf(today());
  return (
    <fieldset className="group">
      <legend>Period</legend>
      <div className="period-fields">
        <TextField
          id="periodStart"
          label="First day"
          type="date"
          value={start}
          onChange={(v) => onChange(v, end)}
          error={errors.periodStart}
        />
        <TextField
          id="periodEnd"
          label="Last day"
          type="date"
          value={end}
          onChange={(v) => onChange(start, v)}
          error={errors.periodEnd}
        />
        <div className="actions">
          <button type="button" className="button small" onClick={() => onChange(last.start, last.end)}>
            Last month
          </button>
          <button type="button" className="button small" onClick={() => onChange(current.start, current.end)}>
            This month
          </button>
        </div>
      </div>
    </fieldset>
  );
}
