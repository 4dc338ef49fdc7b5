import { describe, expect, it } from 'vitest';
import {
  basisPointsToPercent,
  currencyExponent,
  formatMoney,
  isCurrencyCode,
  minorToDecimal,
  parseMoney,
  parsePercent,
} from './money';

describe('money', () => {
  it('knows each currency minor unit', () => {
    expect(currencyExponent('USD')).toBe(2);
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('KWD')).toBe(3);
  });

  it('parses typed amounts exactly into minor units', () => {
    expect(parseMoney('25.00', 'USD')).toEqual({ ok: true, value: 2500 });
    expect(parseMoney('1,234.5', 'USD')).toEqual({ ok: true, value: 123450 });
    expect(parseMoney('0.1', 'USD')).toEqual({ ok: true, value: 10 });
    expect(parseMoney(' 200 ', 'EUR')).toEqual({ ok: true, value: 20000 });
    expect(parseMoney('1500', 'JPY')).toEqual({ ok: true, value: 1500 });
    expect(parseMoney('1.250', 'KWD')).toEqual({ ok: true, value: 1250 });
    // 0.1 + 0.2 style float drift cannot happen: digits are never floats.
    expect(parseMoney('1234567.89', 'USD')).toEqual({ ok: true, value: 123456789 });
  });

  it('refuses what is not an amount, or more decimals than the currency has', () => {
    expect(parseMoney('12.345', 'USD')).toMatchObject({ ok: false, message: 'USD has 2 decimal places at most' });
    expect(parseMoney('12.5', 'JPY')).toMatchObject({ ok: false });
    expect(parseMoney('abc', 'USD')).toMatchObject({ ok: false });
    expect(parseMoney('1,23', 'USD')).toMatchObject({ ok: false });
    expect(parseMoney('', 'USD')).toMatchObject({ ok: false });
    expect(parseMoney('.', 'USD')).toMatchObject({ ok: false });
  });

  it('writes minor units back as decimal text', () => {
    expect(minorToDecimal(2500, 'USD')).toBe('25.00');
    expect(minorToDecimal(5, 'USD')).toBe('0.05');
    expect(minorToDecimal(-1999, 'USD')).toBe('-19.99');
    expect(minorToDecimal(1500, 'JPY')).toBe('1500');
  });

  it('formats for a locale with the currency', () => {
    expect(formatMoney(123450, 'USD', 'en-US')).toBe('$1,234.50');
    expect(formatMoney(123450, 'EUR', 'de-DE')).toBe('1.234,50\u00a0€');
  });

  it('reads percentages as basis points', () => {
    expect(parsePercent('10')).toEqual({ ok: true, value: 1000 });
    expect(parsePercent('2.5%')).toEqual({ ok: true, value: 250 });
    expect(parsePercent('12.75')).toEqual({ ok: true, value: 1275 });
    expect(parsePercent('101')).toMatchObject({ ok: false });
    expect(parsePercent('ten')).toMatchObject({ ok: false });
    expect(basisPointsToPercent(250)).toBe('2.5');
    expect(basisPointsToPercent(1000)).toBe('10');
    expect(basisPointsToPercent(1275)).toBe('12.75');
  });

  it('accepts ISO 4217 codes only', () => {
    expect(isCurrencyCode('USD')).toBe(true);
    expect(isCurrencyCode('usd')).toBe(false);
    expect(isCurrencyCode('XYZ')).toBe(false);
  });
});
