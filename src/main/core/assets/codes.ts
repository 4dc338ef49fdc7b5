/**
 * Discount codes from a pilot's pattern: "{HANDLE}{DISCOUNT}" -> "MAYA15".
 * Codes are upper case, letters, digits, - and _ (what Shopify and
 * WooCommerce both take), compared without case as both shops do. A taken
 * code gets a short suffix drawn from characters no one misreads (no 0/O,
 * 1/I/L), so "MAYA15-2", then "MAYA15-AB".
 */

import { basisPointsToPercent, minorToDecimal } from '../../../shared/money';
import { SHOP_MAX_CODE_LENGTH, type Shop, type TrackingSettings } from '../../../shared/tracking-assets';

/** Characters a suffix is made of: digits and letters without the look-alikes 0, O, 1, I and L. */
export const SUFFIX_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

const ALLOWED = /^[A-Z0-9_-]+$/;
export const MIN_CODE_LENGTH = 3;

/** Text as code characters: accents dropped, upper case, anything but A-Z and 0-9 removed. */
export function codeChars(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

/** The discount as code digits: 15 % -> "15", 12.5 % -> "125", 10.00 EUR -> "10". */
export function discountToken(
  settings: Pick<TrackingSettings, 'discountKind' | 'discountValue'>,
  currency: string,
): string {
  const text =
    settings.discountKind === 'percentage'
      ? basisPointsToPercent(settings.discountValue)
      : minorToDecimal(settings.discountValue, currency).replace(/\.0+$/, '');
  return text.replace(/\D/g, '');
}

export interface TokenValues {
  handle: string;
  name: string;
  discount: string;
  pilot: string;
}

/** The pattern with its tokens filled in, as code characters (cut to maxLength later). */
export function renderPattern(pattern: string, values: TokenValues): string {
  const filled = pattern.replace(/\{([A-Za-z]+)\}/g, (_, token: string) => {
    switch (token.toUpperCase()) {
      case 'HANDLE':
        return codeChars(values.handle);
      case 'NAME':
        return codeChars(values.name.trim().split(/\s+/)[0] ?? '');
      case 'DISCOUNT':
        return values.discount;
      case 'PILOT':
        return codeChars(values.pilot);
      default:
        return '';
    }
  });
  return filled.toUpperCase().replace(/[^A-Z0-9_-]/g, '');
}

/** Why a code cannot be used in this shop, or null. */
export function codeProblem(code: string, shop: Shop): string | null {
  if (code.length < MIN_CODE_LENGTH) return `A code needs at least ${MIN_CODE_LENGTH} characters`;
  const max = SHOP_MAX_CODE_LENGTH[shop];
  if (code.length > max) return `A code is at most ${max} characters in ${shopLabel(shop)}`;
  if (!ALLOWED.test(code.toUpperCase())) return 'A code may hold only letters A-Z, digits, - and _';
  if (!/^[A-Z0-9]/i.test(code)) return 'A code starts with a letter or digit';
  return null;
}

export const shopLabel = (shop: Shop): string => (shop === 'shopify' ? 'Shopify' : 'WooCommerce');

/** The n-th suffix (n >= 0): "2".."9", then two characters, then three... from SUFFIX_ALPHABET. */
function suffix(n: number): string {
  if (n < 8) return String(n + 2);
  let rest = n - 8;
  let width = 2;
  while (rest >= SUFFIX_ALPHABET.length ** width) {
    rest -= SUFFIX_ALPHABET.length ** width;
    width++;
  }
  let text = '';
  for (let i = 0; i < width; i++) {
    text = SUFFIX_ALPHABET[rest % SUFFIX_ALPHABET.length] + text;
    rest = Math.floor(rest / SUFFIX_ALPHABET.length);
  }
  return text;
}

/**
 * The first free code for `base` within maxLength: the base itself, else the
 * base cut short enough to carry "-" and a suffix. `taken` holds upper-case codes.
 */
export function freeCode(base: string, maxLength: number, taken: ReadonlySet<string>): string {
  const whole = base.slice(0, maxLength);
  if (whole.length >= MIN_CODE_LENGTH && !taken.has(whole)) return whole;
  for (let n = 0; ; n++) {
    const end = `-${suffix(n)}`;
    const code = base.slice(0, Math.max(0, maxLength - end.length)) + end;
    if (code.length > maxLength) throw new Error(`No room for a suffix within ${maxLength} characters`);
    if (code.length >= MIN_CODE_LENGTH && !code.startsWith('-') && !taken.has(code)) return code;
  }
}
