/**
 * Property tests of amounts and dates: whatever way a shop or a spreadsheet
 * writes a value, it reads back as the value; no text makes a parser throw.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_ORDERS, type DateOrder, type DecimalMark } from '../../../../shared/imports';
import { parseAmount, parseQuantity } from './amount';
import { dateOrdersFitting, parseDateText } from './date-text';
import { detectDecimalMark } from './decimal-mark';

const GROUPS: Record<DecimalMark, string[]> = {
  '.': [',', "'", ' ', '\u00a0'],
  ',': ['.', ' ', '\u00a0', '\u202f', "'"],
};
const SYMBOLS: [string, string][] = [
  ['', ''],
  ['$', ''],
  ['£', ''],
  ['', ' €'],
  ['€ ', ''],
  ['USD ', ''],
  ['', ' EUR'],
  ['', ' kr'],
  ['CHF ', ''],
  ['R$ ', ''],
  ['', ' zł'],
];

interface AmountStyle {
  minor: number;
  exponent: number;
  mark: DecimalMark;
  group: string | null;
  symbol: [string, string];
  negative: 'minus' | 'minus-after-symbol' | 'parentheses' | 'trailing';
  padding: string;
}

const amountStyle: fc.Arbitrary<AmountStyle> = fc
  .record({
    minor: fc.integer({ min: -(10 ** 13), max: 10 ** 13 }),
    exponent: fc.constantFrom(0, 2, 3),
    mark: fc.constantFrom<DecimalMark>('.', ','),
    grouped: fc.boolean(),
    groupIndex: fc.nat({ max: 4 }),
    symbol: fc.constantFrom(...SYMBOLS),
    negative: fc.constantFrom('minus', 'minus-after-symbol', 'parentheses', 'trailing') as fc.Arbitrary<
      AmountStyle['negative']
    >,
    padding: fc.constantFrom('', ' ', '  ', '\u00a0'),
  })
  .map(({ grouped, groupIndex, ...s }) => ({
    ...s,
    group: grouped ? (GROUPS[s.mark][groupIndex % GROUPS[s.mark].length] as string) : null,
  }));

/** Writes minor units the way the style says, digit by digit. */
function formatAmount({ minor, exponent, mark, group, symbol, negative, padding }: AmountStyle, extra = ''): string {
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  let whole = exponent ? digits.slice(0, -exponent) : digits;
  if (group) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const fraction = (exponent ? digits.slice(-exponent) : '') + extra;
  const number = fraction ? `${whole}${mark}${fraction}` : whole;
  const [before, after] = symbol;
  let text = `${before}${number}${after}`;
  if (minor < 0) {
    if (negative === 'minus') text = `-${text}`;
    else if (negative === 'minus-after-symbol') text = `${before}-${number}${after}`;
    else if (negative === 'parentheses') text = `(${text})`;
    else text = `${text}-`;
  }
  return padding + text + padding;
}

describe('amount round trip', () => {
  it('reads every formatted amount back to its minor units', () => {
    fc.assert(
      fc.property(amountStyle, (style) => {
        expect(parseAmount(formatAmount(style), style.exponent, style.mark)).toEqual({ ok: true, value: style.minor });
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds extra decimals half to even, exactly as integer arithmetic does', () => {
    fc.assert(
      fc.property(amountStyle, fc.stringMatching(/^\d{1,4}$/), (style, extra) => {
        const text = formatAmount(style, extra);
        // Reference: the value in units of 10^-(exponent + extra.length), rounded with BigInt.
        const scale = 10n ** BigInt(extra.length);
        const exact = BigInt(Math.abs(style.minor)) * scale + BigInt(extra);
        let rounded = exact / scale;
        const rest = exact % scale;
        if (rest * 2n > scale || (rest * 2n === scale && rounded % 2n === 1n)) rounded += 1n;
        const expected = style.minor < 0 && rounded !== 0n ? -Number(rounded) : Number(rounded);
        expect(parseAmount(text, style.exponent, style.mark)).toEqual({ ok: true, value: expected });
      }),
      { numRuns: 1000 },
    );
  });

  it('detects the decimal mark of amounts with two decimals', () => {
    fc.assert(
      fc.property(
        fc.array(amountStyle, { minLength: 1, maxLength: 20 }),
        fc.constantFrom<DecimalMark>('.', ','),
        (styles, mark) => {
          const samples = styles.map((s) =>
            formatAmount({ ...s, exponent: 2, mark, group: s.group && (GROUPS[mark][0] as string) }),
          );
          expect(detectDecimalMark(samples)).toBe(mark);
        },
      ),
    );
  });

  it('reads whole quantities written with a zero fraction in either mark', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 100000 }),
        fc.constantFrom<DecimalMark>('.', ','),
        fc.constantFrom('', '0', '00'),
        (n, mark, zeros) => {
          expect(parseQuantity(zeros ? `${n}${mark}${zeros}` : String(n), mark)).toEqual({ ok: true, value: n });
        },
      ),
    );
  });
});

interface DateStyle {
  y: number;
  m: number;
  d: number;
  order: DateOrder;
  separator: string;
  padded: boolean;
  shortYear: boolean;
  time: { h: number; min: number; s: number | null; twelveHour: boolean; iso: boolean; millis: boolean } | null;
  offset: { sign: '+' | '-'; h: number; min: number; colon: boolean; zulu: boolean } | null;
}

const dateStyle: fc.Arbitrary<DateStyle> = fc.record({
  y: fc.integer({ min: 2000, max: 2099 }),
  m: fc.integer({ min: 1, max: 12 }),
  d: fc.integer({ min: 1, max: 31 }),
  order: fc.constantFrom(...DATE_ORDERS),
  separator: fc.constantFrom('-', '/', '.'),
  padded: fc.boolean(),
  shortYear: fc.boolean(),
  time: fc.option(
    fc.record({
      h: fc.integer({ min: 0, max: 23 }),
      min: fc.integer({ min: 0, max: 59 }),
      s: fc.option(fc.integer({ min: 0, max: 59 })),
      twelveHour: fc.boolean(),
      iso: fc.boolean(),
      millis: fc.boolean(),
    }),
  ),
  offset: fc.option(
    fc.record({
      sign: fc.constantFrom<'+' | '-'>('+', '-'),
      h: fc.integer({ min: 0, max: 14 }),
      min: fc.constantFrom(0, 30, 45),
      colon: fc.boolean(),
      zulu: fc.boolean(),
    }),
  ),
});

const two = (n: number) => String(n).padStart(2, '0');

function formatDate(s: DateStyle): string {
  const day = s.padded ? two(s.d) : String(s.d);
  const month = s.padded ? two(s.m) : String(s.m);
  const year = s.shortYear && s.order !== 'ymd' ? two(s.y % 100) : String(s.y);
  const date =
    s.order === 'ymd'
      ? `${s.y}${s.separator}${month}${s.separator}${day}`
      : s.order === 'mdy'
        ? `${month}${s.separator}${day}${s.separator}${year}`
        : `${day}${s.separator}${month}${s.separator}${year}`;
  let text = date;
  // ISO 8601 style: "T", milliseconds, "Z" or an offset without a space.
  const iso = s.order === 'ymd' && s.time?.iso === true && !s.time.twelveHour;
  if (s.time) {
    const { h, min, s: sec, twelveHour, millis } = s.time;
    const shownHour = twelveHour ? (h % 12 === 0 ? 12 : h % 12) : h;
    const seconds = sec === null ? '' : `:${two(sec)}${iso && millis ? '.123' : ''}`;
    text += `${iso ? 'T' : ' '}${iso ? two(h) : shownHour}:${two(min)}${seconds}${twelveHour ? (h < 12 ? ' AM' : ' PM') : ''}`;
  }
  if (s.offset) {
    const { sign, h, min, colon, zulu } = s.offset;
    text += zulu && iso ? 'Z' : `${iso ? '' : ' '}${sign}${two(h)}${colon ? ':' : ''}${two(min)}`;
  }
  return text;
}

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

describe('date round trip', () => {
  it('reads every real date written in its order back to the same calendar date, time and offset', () => {
    fc.assert(
      fc.property(dateStyle, (style) => {
        fc.pre(style.d <= daysIn(style.y, style.m));
        const parsed = parseDateText(formatDate(style), style.order);
        expect(parsed).toEqual({
          ok: true,
          value: {
            date: `${style.y}-${two(style.m)}-${two(style.d)}`,
            time: style.time ? `${two(style.time.h)}:${two(style.time.min)}:${two(style.time.s ?? 0)}` : null,
            offset: !style.offset
              ? null
              : style.offset.zulu && style.order === 'ymd' && style.time?.iso && !style.time.twelveHour
                ? '+0000'
                : `${style.offset.sign}${two(style.offset.h)}${two(style.offset.min)}`,
          },
        });
        expect(dateOrdersFitting([formatDate(style)])).toContain(style.order);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses dates past the end of their month in every order', () => {
    fc.assert(
      fc.property(dateStyle, (style) => {
        fc.pre(style.d > daysIn(style.y, style.m));
        expect(parseDateText(formatDate(style), style.order).ok).toBe(false);
      }),
    );
  });
});

describe('garbage in', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 120 }),
    fc.string({
      unit: fc.constantFrom(
        '1',
        '2',
        '0',
        '.',
        ',',
        '-',
        '(',
        ')',
        '$',
        '€',
        ' ',
        '/',
        ':',
        'T',
        'Z',
        '+',
        'e',
        'E',
        "'",
        'kr',
        'USD',
        'PM',
        'Jul',
        '\u00a0',
      ),
    }),
  );

  it('never throws from any parser, whatever the text', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.constantFrom(0, 2, 3),
        fc.constantFrom<DecimalMark>('.', ','),
        fc.constantFrom(...DATE_ORDERS),
        (text, exponent, mark, order) => {
          const results = [parseAmount(text, exponent, mark), parseQuantity(text, mark), parseDateText(text, order)];
          for (const r of results) {
            if (r.ok) continue;
            expect(typeof r.message).toBe('string');
            expect(r.message.length).toBeGreaterThan(0);
          }
          const amount = results[0] as ReturnType<typeof parseAmount>;
          if (amount.ok) expect(Number.isSafeInteger(amount.value)).toBe(true);
          expect(() => detectDecimalMark([text])).not.toThrow();
          expect(() => dateOrdersFitting([text])).not.toThrow();
        },
      ),
      { numRuns: 3000 },
    );
  });
});
