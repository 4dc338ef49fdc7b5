/** The records the core hands out. Money is minor units in the pilot's currency. */

import type { CurrencyCode } from './money';

export const OBJECTIVES = ['sales', 'store_visits', 'sign_ups'] as const;
export const ATTRIBUTION_METHODS = ['code', 'link', 'both'] as const;
export const BASELINE_METHODS = ['none', 'manual', 'pre_period', 'holdout'] as const;
export const PILOT_STATUSES = ['planning', 'live', 'measuring', 'closed'] as const;
export const PLATFORMS = [
  'instagram',
  'tiktok',
  'youtube',
  'pinterest',
  'twitch',
  'x',
  'facebook',
  'snapchat',
  'blog',
  'other',
] as const;
/** CPA is a fixed amount per net order or per new customer. */
export const CPA_BASES = ['net_order', 'new_customer'] as const;
/** The metrics a bonus can be tied to. */
export const BONUS_METRICS = ['net_orders', 'revenue', 'new_customers'] as const;
export const STAGES = [
  'longlist',
  'shortlist',
  'contacted',
  'negotiating',
  'contracted',
  'live',
  'completed',
  'declined',
] as const;

/**
 * The stages at which a member takes part in the pilot: their code and link
 * are attributed, and they count in results, payouts and reports. Earlier
 * stages (and declined) are prospects: their handles must not win orders.
 */
export const TAKING_PART_STAGES = ['contracted', 'live', 'completed'] as const;

export function takesPart(stage: Stage): boolean {
  return (TAKING_PART_STAGES as readonly Stage[]).includes(stage);
}

/**
 * The stages at which a member is being readied to go live, or is live: from
 * the shortlist on, declined left out. Only they get codes, links, contracts,
 * sign-offs and the gate's check; a longlist of hundreds gets none of these.
 */
export const READYING_STAGES = ['shortlist', 'contacted', 'negotiating', 'contracted', 'live', 'completed'] as const;

export function beingReadied(stage: Stage): boolean {
  return (READYING_STAGES as readonly Stage[]).includes(stage);
}

export type Objective = (typeof OBJECTIVES)[number];
export type AttributionMethod = (typeof ATTRIBUTION_METHODS)[number];
export type BaselineMethod = (typeof BASELINE_METHODS)[number];

export const ATTRIBUTION_LABELS: Record<AttributionMethod, string> = {
  code: 'Discount code',
  link: 'Tracked link',
  both: 'Code and link',
};

export const BASELINE_LABELS: Record<BaselineMethod, string> = {
  none: 'None',
  manual: 'Manual',
  pre_period: 'Pre-period',
  holdout: 'Holdout',
};
export type PilotStatus = (typeof PILOT_STATUSES)[number];
export type Platform = (typeof PLATFORMS)[number];

/** Platforms as people write them. */
export const PLATFORM_LABELS: Record<Platform, string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  pinterest: 'Pinterest',
  twitch: 'Twitch',
  x: 'X',
  facebook: 'Facebook',
  snapchat: 'Snapchat',
  blog: 'Blog',
  other: 'Other',
};
export type Stage = (typeof STAGES)[number];
export type CpaBasis = (typeof CPA_BASES)[number];
export type BonusMetric = (typeof BONUS_METRICS)[number];

/** From this cumulative revenue within the pilot, this commission rate applies. */
export interface CommissionTier {
  fromMinor: number;
  rateBp: number;
}

export interface Brand {
  id: number;
  name: string;
  archived: boolean;
  pilotCount: number;
}

export interface Pilot {
  id: number;
  brandId: number | null;
  brandName: string | null;
  name: string;
  market: string | null;
  currency: CurrencyCode;
  startDate: string;
  endDate: string;
  objective: Objective;
  targetCacMinor: number | null;
  targetAovMinor: number | null;
  /** Basis points: 250 = 2.5 %. */
  targetConversionBp: number | null;
  targetRepeatRateBp: number | null;
  minSample: number;
  attributionMethod: AttributionMethod;
  attributionWindowDays: number;
  returnWindowDays: number;
  baselineMethod: BaselineMethod;
  budgetMinor: number | null;
  creatorCapMinor: number | null;
  /** The general-ledger account finance books creator payouts to. */
  glCode: string | null;
  status: PilotStatus;
  archived: boolean;
  creatorCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface Handle {
  platform: Platform;
  handle: string;
}

/** A creator as a member of one pilot: the person plus their terms there. */
export interface PilotCreator {
  id: number;
  pilotId: number;
  creatorId: number;
  name: string;
  email: string | null;
  region: string | null;
  followers: number | null;
  handles: Handle[];
  stage: Stage;
  stipendMinor: number | null;
  productUnits: number | null;
  productUnitCostMinor: number | null;
  commissionRateBp: number | null;
  cpaMinor: number | null;
  cpaBasis: CpaBasis;
  /** Higher rates from a cumulative revenue, ascending; the base rate is commissionRateBp. */
  commissionTiers: CommissionTier[];
  seedingShippingMinor: number | null;
  feesMinor: number | null;
  bonusMetric: BonusMetric | null;
  /** A count, or minor units when the metric is revenue. */
  bonusThreshold: number | null;
  bonusMinor: number | null;
  /** What their channel would have sold anyway (baseline method "manual"). */
  baselineRevenueMinor: number | null;
  payeeRef: string | null;
  discountCode: string | null;
  landingUrl: string | null;
  /** The first day their orders count; null means the pilot's start. */
  goLiveDate: string | null;
  createdAt: string;
}

export interface RecentWorkspace {
  path: string;
  openedAt: string;
}

export interface WorkspaceInfo {
  path: string;
  name: string;
  schemaVersion: number;
  pilotCount: number;
  orderCount: number;
  recent: RecentWorkspace[];
}

export interface DemoSummary {
  brandId: number;
  pilotId: number;
  creators: number;
  orders: number;
}

export interface BackupResult {
  path: string;
  bytes: number;
}
