import { describe, expect, it } from 'vitest';
import { parseAmount, parseQuantity } from './amount';

const ok = (value: number) => ({ ok: true, value });

describe('parseAmount', () => {
  it('reads plain decimals exactly into minor units for each currency exponent', () => {
    expect(parseAmount('1391.62', 2, '.')).toEqual(ok(139162));
    expect(parseAmount('1400.00', 2, '.')).toEqual(ok(140000));
    expect(parseAmount('0.1', 2, '.')).toEqual(ok(10));
    expect(parseAmount('1500', 0, '.')).toEqual(ok(1500));
    expect(parseAmount('1.250', 3, '.')).toEqual(ok(1250));
    expect(parseAmount('12,5', 2, ',')).toEqual(ok(1250));
    expect(parseAmount('.5', 2, '.')).toEqual(ok(50));
    expect(parseAmount('007', 2, '.')).toEqual(ok(700));
  });

  it('reads what Square, Etsy and Excel write: symbols, trailing spaces, thousands, accounting negatives', () => {
    expect(parseAmount('$8.00', 2, '.')).toEqual(ok(800));
    expect(parseAmount('-$45.00', 2, '.')).toEqual(ok(-4500));
    expect(parseAmount('$1,149.00 ', 2, '.')).toEqual(ok(114900));
    expect(parseAmount('($33.62)', 2, '.')).toEqual(ok(-3362));
    expect(parseAmount('$(33.62)', 2, '.')).toEqual(ok(-3362));
    expect(parseAmount('45.00-', 2, '.')).toEqual(ok(-4500));
    expect(parseAmount('−12.50', 2, '.')).toEqual(ok(-1250));
    expect(parseAmount('+3.00', 2, '.')).toEqual(ok(300));
  });

  it('reads currency symbols and ISO codes on either side, with spaces, NBSP and narrow NBSP', () => {
    expect(parseAmount('£31.12', 2, '.')).toEqual(ok(3112));
    expect(parseAmount('1.234,56 €', 2, ',')).toEqual(ok(123456));
    expect(parseAmount('1\u00a0234,56\u00a0€', 2, ',')).toEqual(ok(123456));
    expect(parseAmount('1\u202f234,56', 2, ',')).toEqual(ok(123456));
    expect(parseAmount('¥1500', 0, '.')).toEqual(ok(1500));
    expect(parseAmount('₹1,23,456.00', 2, '.')).toEqual(ok(12345600));
    expect(parseAmount('12,50 kr', 2, ',')).toEqual(ok(1250));
    expect(parseAmount('1 234,50 zł', 2, ',')).toEqual(ok(123450));
    expect(parseAmount('R$ 10,00', 2, ',')).toEqual(ok(1000));
    expect(parseAmount('USD 12.00', 2, '.')).toEqual(ok(1200));
    expect(parseAmount('12.00 EUR', 2, '.')).toEqual(ok(1200));
    expect(parseAmount('US$5', 2, '.')).toEqual(ok(500));
  });

  it('reads thousands separators that fit the decimal mark, Swiss apostrophes included', () => {
    expect(parseAmount("CHF 1'234.50", 2, '.')).toEqual(ok(123450));
    expect(parseAmount('1’234.50', 2, '.')).toEqual(ok(123450));
    expect(parseAmount('1 234.50', 2, '.')).toEqual(ok(123450));
    expect(parseAmount('1.234.567,89', 2, ',')).toEqual(ok(123456789));
    expect(parseAmount('1,234', 2, '.')).toEqual(ok(123400));
    expect(parseAmount('1.234', 2, ',')).toEqual(ok(123400));
  });

  it('rounds more decimals than the currency has half to even', () => {
    expect(parseAmount('0.125', 2, '.')).toEqual(ok(12));
    expect(parseAmount('0.135', 2, '.')).toEqual(ok(14));
    expect(parseAmount('0.1251', 2, '.')).toEqual(ok(13));
    expect(parseAmount('-0.125', 2, '.')).toEqual(ok(-12));
    expect(parseAmount('1,5', 0, ',')).toEqual(ok(2));
    expect(parseAmount('2.5', 0, '.')).toEqual(ok(2));
    expect(parseAmount('0.004', 2, '.')).toEqual(ok(0));
    expect(parseAmount('-0.004', 2, '.')).toEqual(ok(0));
  });

  it('says the text is empty and leaves the decision to the caller', () => {
    expect(parseAmount('', 2, '.')).toEqual({ ok: false, message: 'is empty' });
    expect(parseAmount(' \u00a0 ', 2, '.')).toEqual({ ok: false, message: 'is empty' });
  });

  it('says what is wrong with unreadable amounts, quoting them', () => {
    const message = (text: string, mark: '.' | ',' = '.') => {
      const r = parseAmount(text, 2, mark);
      return r.ok ? null : r.message;
    };
    expect(message('12,00')).toBe('"12,00" uses a decimal comma; this file was read with a decimal point');
    expect(message('1.234,56')).toBe('"1.234,56" uses a decimal comma; this file was read with a decimal point');
    expect(message('1,234.56', ',')).toBe('"1,234.56" uses a decimal point; this file was read with a decimal comma');
    expect(message('1,234,567', ',')).toBe(
      '"1,234,567" groups thousands with ","; this file was read with a decimal comma',
    );
    expect(message('1.21E+13')).toMatch(/^"1\.21E\+13" is in scientific notation/);
    expect(message('12,34,5')).toBe('"12,34,5" has misplaced thousands separators');
    expect(message('abc')).toBe('"abc" is not an amount');
    expect(message('$')).toBe('"$" is not an amount');
    expect(message('--5')).toBe('"--5" has more than one sign');
    expect(message('(-5)')).toBe('"(-5)" has more than one sign');
    expect(message('12.5.0')).toBe('"12.5.0" is not an amount');
  });

  it('refuses absurd lengths and values beyond the safe integer range', () => {
    expect(parseAmount('1'.repeat(100), 2, '.')).toEqual({
      ok: false,
      message: `"${'1'.repeat(24)}…" is too long to be a number`,
    });
    expect(parseAmount('90071992547409.91', 2, '.')).toEqual(ok(9007199254740991));
    expect(parseAmount('90071992547409.92', 2, '.').ok).toBe(false);
    expect(parseAmount('99999999999999999', 0, '.')).toEqual({
      ok: false,
      message: '"99999999999999999" is too large for an amount',
    });
  });
});

describe('parseQuantity', () => {
  it('reads whole quantities in either mark', () => {
    expect(parseQuantity('1', '.')).toEqual(ok(1));
    expect(parseQuantity('1.0', '.')).toEqual(ok(1));
    expect(parseQuantity('2,0', ',')).toEqual(ok(2));
    expect(parseQuantity('1,000', '.')).toEqual(ok(1000));
    expect(parseQuantity(' 3 ', '.')).toEqual(ok(3));
    expect(parseQuantity('-1', '.')).toEqual(ok(-1));
  });

  it('refuses fractions, currency and words with a predicate for the caller', () => {
    expect(parseQuantity('1.5', '.')).toEqual({ ok: false, message: 'is not a whole number' });
    expect(parseQuantity('$1', '.')).toEqual({ ok: false, message: 'is not a number' });
    expect(parseQuantity('two', '.')).toEqual({ ok: false, message: 'is not a number' });
    expect(parseQuantity('', '.')).toEqual({ ok: false, message: 'is empty' });
  });
});
