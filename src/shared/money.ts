/**
 * Money is integer minor units plus an ISO 4217 code, never a float.
 * Decimal strings from people ("1,234.50", "200") are parsed digit by digit so
 * no binary rounding ever touches an amount.
 */

export type CurrencyCode = string;

export interface Money {
  minor: number;
  currency: CurrencyCode;
}

const exponentCache = new Map<string, number>();

/** Minor-unit exponent of a currency per ICU (USD 2, JPY 0, KWD 3). */
export function currencyExponent(currency: CurrencyCode): number {
  let exp = exponentCache.get(currency);
  if (exp === undefined) {
    exp = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits as number;
    exponentCache.set(currency, exp);
  }
  return exp;
}

let knownCurrencies: Set<string> | undefined;

export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCurrencies.has(code);
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Parses a decimal amount as a person types it ("1234.5", "1,234.50", "200")
 * into minor units. Refuses more decimals than the currency has, rather than
 * rounding silently: "12.345 USD" is a typo, not a price.
 */
export function parseMoney(text: string, currency: CurrencyCode): ParseResult<number> {
  const exp = currencyExponent(currency);
  const m = matchAmount(text);
  if (!m) return { ok: false, message: notAnAmount(text) };
  const whole = (m[2] ?? '0').replace(/,/g, '');
  const fraction = m[3] ?? '';
  if (fraction.length > exp) {
    return {
      ok: false,
      message:
        exp === 0
          ? `${currency} has no minor unit; write a whole amount`
          : `${currency} has ${exp} decimal places at most`,
    };
  }
  const minor = Number(whole + fraction.padEnd(exp, '0'));
  if (!Number.isSafeInteger(minor)) return { ok: false, message: 'amount is too large' };
  return { ok: true, value: m[1] ? -minor : minor };
}

const AMOUNT = /^(-)?(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?$/;

function matchAmount(text: string): RegExpExecArray | null {
  const m = AMOUNT.exec(text.trim().replace(/[\s\u00a0\u202f]/g, ''));
  return m && (m[2] !== undefined || m[3]) ? m : null;
}

const notAnAmount = (text: string) => `"${text}" is not an amount; write it like 1234.50`;

/** Whether text reads as an amount in some currency: the check that needs no currency. */
export function checkAmountText(text: string): ParseResult<string> {
  return matchAmount(text) ? { ok: true, value: text } : { ok: false, message: notAnAmount(text) };
}

/** The amount as a plain decimal string ("1234.50"), for form fields and CSV. */
export function minorToDecimal(minor: number, currency: CurrencyCode): string {
  const exp = currencyExponent(currency);
  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(minor)).padStart(exp + 1, '0');
  if (exp === 0) return sign + digits;
  return `${sign}${digits.slice(0, -exp)}.${digits.slice(-exp)}`;
}

/** Locale display, e.g. "$1,234.50" or "1.234,50 €". */
/** Money in the core's own messages (errors, reasons, verdicts): one form everywhere, "$12.41". */
export function moneyText(minor: number, currency: CurrencyCode): string {
  return formatMoney(minor, currency, 'en-US');
}

export function formatMoney(minor: number, currency: CurrencyCode, locale?: string): string {
  const exp = currencyExponent(currency);
  // Division by a power of ten of a safe integer is exact enough for display;
  // stored values stay integers.
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 10 ** exp);
}

/** Percent as typed ("12.5", "12.5%") -> basis points (1250). */
export function parsePercent(text: string): ParseResult<number> {
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?\s*%?$/.exec(text.trim());
  if (!m) return { ok: false, message: `"${text}" is not a percentage; write it like 12.5` };
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (bp > 10000) return { ok: false, message: 'a percentage is at most 100' };
  return { ok: true, value: bp };
}

export function basisPointsToPercent(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const rest = bp % 100;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}
