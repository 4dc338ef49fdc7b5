/**
 * Currency symbols and ISO codes written around amounts in shop exports and
 * spreadsheets: "$8.00", "1.234,56 €", "CHF 1'234.50", "R$ 10,00", "12 kr".
 * They are dropped when reading the amount; the currency comes from the
 * file's currency column or the user.
 */

import { isCurrencyCode } from '../../../../shared/money';

/** Longest first, so "US$" is taken whole rather than as "$" after "US". */
const SYMBOLS = [
  'SFr.',
  'US$',
  'CA$',
  'AU$',
  'NZ$',
  'HK$',
  'NT$',
  'MX$',
  'руб.',
  'R$',
  'A$',
  'C$',
  'S$',
  'kr.',
  'Fr.',
  'Rs.',
  'zł',
  'kr',
  'Kr',
  'kn',
  'Kč',
  'Ft',
  'lei',
  'Lei',
  'RM',
  'Rp',
  'Rs',
  'лв',
  'руб',
  'S/',
  '$',
  '£',
  '€',
  '¥',
  '￥',
  '₹',
  '₩',
  '₽',
  '₺',
  '₫',
  '₱',
  '₪',
  '₴',
  '₦',
  '₡',
  '฿',
  '₸',
  '₼',
  '₾',
  '₲',
  '₵',
  '₭',
  '₨',
  '¢',
  'R',
].sort((a, b) => b.length - a.length);

const LETTER = /\p{L}/u;
const isLetter = (c: string | undefined) => c !== undefined && LETTER.test(c);

/** Symbols by their first and by their last character: most cells start and end with a digit and skip the search. */
const BY_FIRST = indexBy((s) => s[0] as string);
const BY_LAST = indexBy((s) => s.at(-1) as string);

function indexBy(key: (symbol: string) => string): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const symbol of SYMBOLS) index.set(key(symbol), [...(index.get(key(symbol)) ?? []), symbol]);
  return index;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** The currency symbol or code that `text` starts with, or ''. */
export function leadingCurrency(text: string): string {
  const first = text[0];
  if (first === undefined || isDigit(first)) return '';
  const code = text.slice(0, 3);
  if (isCurrencyCode(code) && !isLetter(text[3])) return code;
  for (const symbol of BY_FIRST.get(first) ?? []) {
    if (text.startsWith(symbol) && !(isLetter(symbol) && isLetter(text[symbol.length]))) return symbol;
  }
  return '';
}

/** The currency symbol or code that `text` ends with, or ''. */
export function trailingCurrency(text: string): string {
  const last = text.at(-1);
  if (last === undefined || isDigit(last)) return '';
  const code = text.slice(-3);
  if (text.length >= 3 && isCurrencyCode(code) && !isLetter(text[text.length - 4])) return code;
  for (const symbol of BY_LAST.get(last) ?? []) {
    if (text.endsWith(symbol) && !(isLetter(symbol) && isLetter(text[text.length - symbol.length - 1]))) return symbol;
  }
  return '';
}
