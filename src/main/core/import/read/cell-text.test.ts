import { describe, expect, it } from 'vitest';
import { cellText, plainNumber } from './cell-text';

describe('cellText', () => {
  it('keeps strings as they are and writes booleans as Excel does', () => {
    expect(cellText({ t: 's', v: '007' }, false)).toBe('007');
    expect(cellText({ t: 's', v: ' 1.21E+13 ' }, false)).toBe(' 1.21E+13 ');
    expect(cellText({ t: 'b', v: true }, false)).toBe('TRUE');
    expect(cellText({ t: 'b', v: false }, false)).toBe('FALSE');
  });

  it('leaves errors, stubs and missing cells empty', () => {
    expect(cellText({ t: 'e', v: 0x2a }, false)).toBe('');
    expect(cellText({ t: 'z' }, false)).toBe('');
    expect(cellText(undefined, false)).toBe('');
  });

  it('writes date-formatted serials as ISO dates, with the time when there is one', () => {
    expect(cellText({ t: 'n', v: 46209, z: 'm/d/yy' }, false)).toBe('2026-07-06');
    expect(cellText({ t: 'n', v: 46209.75, z: 'yyyy-mm-dd hh:mm' }, false)).toBe('2026-07-06 18:00:00');
    expect(cellText({ t: 'n', v: 46209.999999999, z: 'yyyy-mm-dd hh:mm:ss' }, false)).toBe('2026-07-07');
    expect(cellText({ t: 'n', v: 0.5, z: 'h:mm AM/PM' }, false)).toBe('12:00:00');
    expect(cellText({ t: 'n', v: 44747, z: 'yyyy-mm-dd' }, true)).toBe('2026-07-06');
  });

  it('writes numbers in other formats as plain numbers', () => {
    expect(cellText({ t: 'n', v: 12133307351371, z: 'General' }, false)).toBe('12133307351371');
    expect(cellText({ t: 'n', v: 1149, z: '"$"#,##0.00' }, false)).toBe('1149');
    expect(cellText({ t: 'n', v: 0.125, z: '0.00%' }, false)).toBe('0.125');
    expect(cellText({ t: 'n', v: -46209, z: 'm/d/yy' }, false)).toBe('-46209');
  });
});

describe('plainNumber', () => {
  it('writes whole numbers in full, never with an exponent', () => {
    expect(plainNumber(12133307351371)).toBe('12133307351371');
    expect(plainNumber(1.5e21)).toBe('1500000000000000000000');
    expect(plainNumber(-7)).toBe('-7');
    expect(plainNumber(0)).toBe('0');
  });

  it('writes fractions as their shortest text at 15 significant digits', () => {
    expect(plainNumber(0.1 + 0.2)).toBe('0.3');
    expect(plainNumber(1149.5)).toBe('1149.5');
    expect(plainNumber(2 / 3)).toBe('0.666666666666667');
    expect(plainNumber(1.5e-7)).toBe('0.00000015');
    expect(plainNumber(-2.5e-10)).toBe('-0.00000000025');
    expect(plainNumber(123456789.12345679)).toBe('123456789.123457');
  });

  it('writes nothing for values that are not numbers', () => {
    expect(plainNumber(Number.NaN)).toBe('');
    expect(plainNumber(Number.POSITIVE_INFINITY)).toBe('');
  });
});
