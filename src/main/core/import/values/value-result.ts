/** A value read from a cell's text, or why it could not be read (a message for the user). */
export type ValueResult<T> = { ok: true; value: T } | { ok: false; message: string };

export const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });
