/**
 * Turns the decimal text of an input into minor units and basis points,
 * gathering every field's problem so a form can show them all at once.
 */

import { ApiError, type FieldIssue } from '../../shared/api/errors';
import { type CurrencyCode, parseMoney, parsePercent } from '../../shared/money';

export class AmountReader {
  private readonly issues: FieldIssue[] = [];

  constructor(private readonly currency: CurrencyCode) {}

  money(field: string, text: string | null): number | null {
    if (text === null) return null;
    const parsed = parseMoney(text, this.currency);
    if (!parsed.ok) return this.fail(field, parsed.message);
    if (parsed.value < 0) return this.fail(field, 'must not be negative');
    return parsed.value;
  }

  percent(field: string, text: string | null): number | null {
    if (text === null) return null;
    const parsed = parsePercent(text);
    return parsed.ok ? parsed.value : this.fail(field, parsed.message);
  }

  /** Records a problem found beyond the text's own shape (e.g. tiers out of order). */
  reject(field: string, message: string): null {
    return this.fail(field, message);
  }

  /** Throws one error naming every field at fault, if any. */
  done(): void {
    if (this.issues.length === 0) return;
    const list = this.issues.map((i) => `${i.field}: ${i.message}`).join('; ');
    throw new ApiError('invalid_input', list, this.issues);
  }

  private fail(field: string, message: string): null {
    this.issues.push({ field, message });
    return null;
  }
}
