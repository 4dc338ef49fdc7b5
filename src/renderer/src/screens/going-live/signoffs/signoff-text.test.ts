import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SignoffState } from '../../../../../shared/signoffs';
import { checkpointText } from './signoff-text';

const open = (dueAt: string | null): SignoffState => ({
  checkpoint: 'contract_signed',
  label: 'Contract signed (legal)',
  signedBy: null,
  signedAt: null,
  note: null,
  slaHours: 48,
  dueAt,
  noLongerHolds: null,
});

const at = (iso: string) => Date.parse(iso);

describe('checkpointText', () => {
  // Days are shown in the user's locale and zone; the moments sit at noon UTC so every zone agrees on the day.
  beforeAll(() => {
    vi.stubGlobal('navigator', { language: 'en-US' });
  });

  it('names who signed and the day', () => {
    const signed = { ...open(null), signedBy: 'Ana Test', signedAt: '2026-03-05T12:00:00.000Z' };
    expect(checkpointText(signed, at('2026-03-10T00:00:00Z'))).toEqual({
      tone: 'signed',
      text: '✓ by Ana Test, Mar 5, 2026',
    });
  });

  it('says an open checkpoint without a clock is not due yet', () => {
    expect(checkpointText(open(null), at('2026-03-10T00:00:00Z'))).toEqual({ tone: 'waiting', text: 'Not due yet' });
  });

  it('gives the due moment before it passes', () => {
    const shown = checkpointText(open('2026-03-05T12:00:00.000Z'), at('2026-03-05T11:59:00Z'));
    expect(shown.tone).toBe('due');
    expect(shown.text).toMatch(/^Due Mar 5, 2026/);
  });

  it('counts whole hours overdue, and says so under the first hour', () => {
    const due = open('2026-03-05T09:00:00.000Z');
    expect(checkpointText(due, at('2026-03-05T09:30:00Z'))).toEqual({
      tone: 'overdue',
      text: 'Overdue by under 1 h',
    });
    expect(checkpointText(due, at('2026-03-07T10:59:00Z'))).toEqual({ tone: 'overdue', text: 'Overdue by 49 h' });
  });
});
