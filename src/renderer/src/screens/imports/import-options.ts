import type { DateOrder, DecimalMark } from '../../../../shared/imports';

/** The reading choices a user can change after a preview; each change reads the file again. */
export interface ReadOptions {
  format?: string;
  mapping?: Record<string, string | null>;
  dateOrder?: DateOrder;
  decimalMark?: DecimalMark;
  sheet?: string;
  maxFileMb?: number;
  /** The currency of a file that names none. */
  currency?: string;
}

/** Format id of a user's own column mapping. */
export const MAPPED_FORMAT = 'mapped';
