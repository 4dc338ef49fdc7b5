/** Amounts, quantities and dates read from cell text, exactly and in the file's own conventions. */

export { parseAmount, parseQuantity } from './amount';
export { dateOrdersFitting, type ParsedDate, parseDateText } from './date-text';
export { detectDecimalMark } from './decimal-mark';
export type { ValueResult } from './value-result';
