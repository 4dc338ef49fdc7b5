/**
 * Tracking assets: each pilot member's discount code and tracked link, the
 * files a shop takes them from, and the check of a shop's discounts export.
 */

/** The shops a code file is made for; each has its own character and length rules. */
export const SHOPS = ['shopify', 'woocommerce'] as const;
export type Shop = (typeof SHOPS)[number];

/** Tokens a code pattern may use: "{HANDLE}{DISCOUNT}" -> "MAYA15". */
export const CODE_TOKENS = ['HANDLE', 'NAME', 'DISCOUNT', 'PILOT'] as const;
export type CodeToken = (typeof CODE_TOKENS)[number];

export const DISCOUNT_KINDS = ['percentage', 'fixed_amount'] as const;
export type DiscountKind = (typeof DISCOUNT_KINDS)[number];

/** The longest code each shop takes (Shopify documents 255; WooCommerce stores a post title). */
export const SHOP_MAX_CODE_LENGTH: Record<Shop, number> = { shopify: 255, woocommerce: 255 };

/** Per pilot, set once: how codes are made and how links are built. */
export interface TrackingSettings {
  pilotId: number;
  shop: Shop;
  /** e.g. "{HANDLE}{DISCOUNT}". */
  codePattern: string;
  /** Codes longer than this are cut before any suffix (at most the shop's limit). */
  codeMaxLength: number;
  discountKind: DiscountKind;
  /** Basis points for a percentage, minor units of the pilot's currency for a fixed amount. */
  discountValue: number;
  /** The page links lead to; null until set. */
  landingUrl: string | null;
  /** null: each member's platform (their first handle's). */
  utmSource: string | null;
  utmMedium: string;
  /** The pilot's slug: what attribution reads as utm_campaign. */
  utmCampaign: string;
}

export interface CodeAssigned {
  memberId: number;
  name: string;
  code: string;
  /** Why the code is not the pattern's plain result ("MAYA15 was taken"), or null. */
  note: string | null;
}

export interface CodesGenerated {
  pilotId: number;
  assigned: CodeAssigned[];
  /** Members left as they were because they already have a code. */
  kept: number;
}

export interface LinkBuilt {
  memberId: number;
  name: string;
  url: string;
}

export interface LinksBuilt {
  pilotId: number;
  built: LinkBuilt[];
  /** Members left as they were: they have a link and overwrite was not asked, or have no handle. */
  skipped: Array<{ memberId: number; name: string; reason: string }>;
  /** Set when the pilot credits orders by code only, so links do not count yet. */
  warning: string | null;
}

export const CODE_EXPORT_FORMATS = ['matrixify', 'webtoffee', 'printable'] as const;
export type CodeExportFormat = (typeof CODE_EXPORT_FORMATS)[number];

export interface CodeExport {
  path: string;
  rows: number;
  format: CodeExportFormat;
  /** What to do with the file, for the screen to show. */
  guidance: string;
  /** Members left out because they have no code yet. */
  withoutCode: string[];
}

export const DISCOUNT_STATES = ['active', 'expired', 'scheduled', 'other', 'missing', 'no_code'] as const;
export type DiscountState = (typeof DISCOUNT_STATES)[number];

export interface DiscountCheckRow {
  memberId: number;
  name: string;
  code: string | null;
  state: DiscountState;
  /** The shop's own Status text when the code was found. */
  shopStatus: string | null;
  start: string | null;
  end: string | null;
}

export interface DiscountCheck {
  pilotId: number;
  fileName: string;
  /** Discounts (codes and automatic ones) the file lists. */
  shopDiscounts: number;
  rows: DiscountCheckRow[];
}

export interface QrExport {
  path: string;
  url: string;
  format: 'png' | 'svg';
  bytes: number;
}

/** A landing page a link can lead to: an absolute http(s) URL with a host; why not, or null. */
export function landingUrlProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'must be a full web address like https://shop.example.com/spring';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must start with https:// or http://';
  if (!url.hostname) return 'must name a host, like shop.example.com';
  if (url.username || url.password) return 'must not carry a user name or password';
  return null;
}

/** A code pattern's problem, or null: known tokens and letters, digits, - and _ only, one per-creator token. */
export function codePatternProblem(pattern: string): string | null {
  const rest = pattern.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) =>
    (CODE_TOKENS as readonly string[]).includes(name.toUpperCase()) ? '' : whole,
  );
  const unknown = /\{[^}]*\}/.exec(rest);
  if (unknown) return `${unknown[0]} is not a token; use ${CODE_TOKENS.map((t) => `{${t}}`).join(', ')}`;
  if (/[^A-Za-z0-9_-]/.test(rest)) return 'may hold only tokens, letters, digits, - and _';
  if (!/\{(HANDLE|NAME)\}/i.test(pattern)) return 'needs {HANDLE} or {NAME} so each creator gets their own code';
  return null;
}
