/** How a checkpoint reads in the sign-offs table: who signed it when, or when it is due. */

import type { SignoffState } from '../../../../../shared/signoffs';
import { dateTime } from '../../../format';

export type CheckpointTone = 'signed' | 'due' | 'overdue' | 'waiting';

export interface CheckpointText {
  tone: CheckpointTone;
  text: string;
}

const HOUR = 3_600_000;

/** The day a sign-off was made, in the user's locale and time zone. */
export function signedDay(iso: string): string {
  return new Intl.DateTimeFormat(navigator.language, { dateStyle: 'medium' }).format(new Date(iso));
}

export function checkpointText(state: SignoffState, now: number): CheckpointText {
  if (state.signedAt) {
    return { tone: 'signed', text: `✓ by ${state.signedBy ?? 'someone'}, ${signedDay(state.signedAt)}` };
  }
  if (!state.dueAt) return { tone: 'waiting', text: 'Not due yet' };
  const late = now - Date.parse(state.dueAt);
  if (late > 0) {
    const hours = Math.floor(late / HOUR);
    return { tone: 'overdue', text: hours < 1 ? 'Overdue by under 1 h' : `Overdue by ${hours} h` };
  }
  return { tone: 'due', text: `Due ${dateTime(state.dueAt)}` };
}
