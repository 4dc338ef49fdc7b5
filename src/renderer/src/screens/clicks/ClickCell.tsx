import { useState } from 'react';
import type { ClickDay } from '../../../../shared/orders';
import { ApiFailure, request } from '../../api/client';

interface ClickCellProps {
  creatorId: number;
  day: string;
  /** e.g. "Mara Vogel on Sep 3, 2026", for the input's name and its error. */
  label: string;
  value: number | null;
  onSaved(day: ClickDay): void;
  onError(message: string | null): void;
}

const WHOLE = /^\d{1,9}$/;

/** One creator's clicks on one day, saved when the cell is left or Enter is pressed; Escape puts it back. */
export function ClickCell({ creatorId, day, label, value, onSaved, onError }: ClickCellProps) {
  const shown = value === null ? '' : String(value);
  const [text, setText] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  const [saving, setSaving] = useState(false);

  async function save() {
    const typed = text.trim();
    if (typed === shown || (typed === '' && value === null)) return;
    const clicks = typed === '' ? '0' : typed;
    if (!WHOLE.test(clicks)) {
      setInvalid(true);
      onError(`Clicks for ${label}: write a whole number of 0 or more (not “${typed}”).`);
      return;
    }
    setSaving(true);
    try {
      const saved = await request('clicks.set', { creatorId, day, clicks: Number(clicks) });
      setInvalid(false);
      setText(String(saved.clicks));
      onError(null);
      onSaved(saved);
    } catch (err) {
      setInvalid(true);
      const fields = err instanceof ApiFailure ? Object.values(err.fieldErrors) : [];
      onError(`Clicks for ${label}: ${fields.length > 0 ? fields.join(' ') : (err as Error).message}`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <input
      className="input click-input"
      inputMode="numeric"
      aria-label={`Clicks for ${label}`}
      aria-invalid={invalid || undefined}
      value={text}
      disabled={saving}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => void save()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') void save();
        if (e.key === 'Escape') {
          // Only the cell reverts; the key must not close anything around it.
          e.stopPropagation();
          setText(shown);
          setInvalid(false);
        }
      }}
    />
  );
}
