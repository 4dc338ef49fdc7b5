import { describe, expect, it } from 'vitest';
import { detectDecimalMark } from './decimal-mark';

describe('detectDecimalMark', () => {
  it('takes a comma followed by other than three digits as a decimal comma', () => {
    expect(detectDecimalMark(['12,00'])).toBe(',');
    expect(detectDecimalMark(['€ 3,5', ''])).toBe(',');
  });

  it('takes the last of both marks as the decimal mark', () => {
    expect(detectDecimalMark(['1,234.56'])).toBe('.');
    expect(detectDecimalMark(['1.234,56'])).toBe(',');
    expect(detectDecimalMark(["1'234.50"])).toBe('.');
  });

  it('takes repeated marks as thousands separators', () => {
    expect(detectDecimalMark(['1,234,567'])).toBe('.');
    expect(detectDecimalMark(['1.234.567'])).toBe(',');
  });

  it('finds nothing in "1,234" alone, whole numbers, or text that is not an amount', () => {
    expect(detectDecimalMark(['1,234'])).toBeNull();
    expect(detectDecimalMark(['1.500', '200', '12'])).toBeNull();
    expect(detectDecimalMark(['06.07.2026', 'n/a', ''])).toBeNull();
    expect(detectDecimalMark([])).toBeNull();
  });

  it('reads past currency symbols, signs and accounting parentheses', () => {
    expect(detectDecimalMark(['$8.00', '-$45.00', '$1,149.00 ', '($33.62)'])).toBe('.');
    expect(detectDecimalMark(['1 234,50 zł', '-12,00 €'])).toBe(',');
  });

  it('reads "0,500" and "1234,567" as decimal commas: they cannot be thousands', () => {
    expect(detectDecimalMark(['0,500'])).toBe(',');
    expect(detectDecimalMark(['1234,567'])).toBe(',');
  });

  it('goes with the majority of samples that tell, and says nothing on a tie', () => {
    expect(detectDecimalMark(['12,00', '13,50', '1.50'])).toBe(',');
    expect(detectDecimalMark(['12,00', '1.50'])).toBeNull();
    expect(detectDecimalMark(['1,234', '1,234', '5.25'])).toBe('.');
  });
});
