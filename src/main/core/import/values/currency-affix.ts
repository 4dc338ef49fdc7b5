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

/** The currency symbol or code that `text` starts with, or ''. */
export function leadingCurrency(text: string): string {
  const code = text.slice(0, 3);
  if (isCurrencyCode(code) && !LETTER.test(text[3] ?? '')) return code;
  for (const symbol of SYMBOLS) {
    if (text.startsWith(symbol) && !(LETTER.test(symbol) && LETTER.test(text[symbol.length] ?? ''))) return symbol;
  }
  return '';
}

/** The currency symbol or code that `text` ends with, or ''. */
export function trailingCurrency(text: string): string {
  const code = text.slice(-3);
  if (text.length >= 3 && isCurrencyCode(code) && !LETTER.test(text[text.length - 4] ?? '')) return code;
  for (const symbol of SYMBOLS) {
    const before = text[text.length - symbol.length - 1] ?? '';
    if (text.endsWith(symbol) && !(LETTER.test(symbol) && LETTER.test(before))) return symbol;
  }
  return '';
}
