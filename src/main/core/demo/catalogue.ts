/** The demo shop: a small skincare brand's products and its pilot's creators. */

export const DEMO_BRAND = 'Northwind Botanics';
export const DEMO_PILOT = {
  name: 'Spring Glow creator pilot',
  market: 'United States',
  currency: 'USD',
  startDate: '2026-08-03',
  endDate: '2026-09-27',
  slug: 'spring-glow',
  landingUrl: 'https://northwind-botanics.example/pages/glow',
};
/** Orders run from four weeks before the pilot (a baseline) to a week after it. */
export const DEMO_ORDERS_FROM = '2026-07-06';
export const DEMO_ORDERS_TO = '2026-10-04';

export const PRODUCTS = [
  { sku: 'NB-SER-30', name: 'Glow Serum 30 ml', priceMinor: 3800 },
  { sku: 'NB-CLN-150', name: 'Gentle Cleanser 150 ml', priceMinor: 2400 },
  { sku: 'NB-MST-50', name: 'Daily Moisturiser 50 ml', priceMinor: 3200 },
  { sku: 'NB-SPF-50', name: 'Mineral SPF 50', priceMinor: 2900 },
  { sku: 'NB-KIT-01', name: 'Glow Routine Kit', priceMinor: 7900 },
] as const;

export interface DemoCreator {
  name: string;
  handle: string;
  platform: 'instagram' | 'tiktok' | 'youtube';
  region: string;
  followers: number;
  code: string;
  stipendMinor: number;
  productUnits: number;
  commissionBp: number | null;
  cpaMinor: number | null;
  /** Day of the pilot the creator went live. */
  liveDay: number;
  /** Mean attributed orders per day at the peak after posting. */
  pull: number;
}

export const CREATORS: DemoCreator[] = [
  {
    name: 'Maya Okafor',
    handle: 'maya.glows',
    platform: 'instagram',
    region: 'CA',
    followers: 42_300,
    code: 'MAYA15',
    stipendMinor: 30000,
    productUnits: 3,
    commissionBp: 1000,
    cpaMinor: null,
    liveDay: 0,
    pull: 3.2,
  },
  {
    name: 'Jonah Reyes',
    handle: 'jonahskin',
    platform: 'tiktok',
    region: 'TX',
    followers: 28_900,
    code: 'JONAH15',
    stipendMinor: 25000,
    productUnits: 2,
    commissionBp: 1000,
    cpaMinor: null,
    liveDay: 3,
    pull: 2.1,
  },
  {
    name: 'Priya Natarajan',
    handle: 'priyaroutine',
    platform: 'instagram',
    region: 'NJ',
    followers: 18_400,
    code: 'PRIYA15',
    stipendMinor: 20000,
    productUnits: 2,
    commissionBp: 1200,
    cpaMinor: null,
    liveDay: 5,
    pull: 1.6,
  },
  {
    name: 'Lena Hoffman',
    handle: 'lenahoff',
    platform: 'youtube',
    region: 'WA',
    followers: 35_100,
    code: 'LENA15',
    stipendMinor: 40000,
    productUnits: 3,
    commissionBp: null,
    cpaMinor: 800,
    liveDay: 7,
    pull: 2.6,
  },
  {
    name: 'Andre Silva',
    handle: 'andre.selfcare',
    platform: 'tiktok',
    region: 'FL',
    followers: 47_800,
    code: 'ANDRE15',
    stipendMinor: 35000,
    productUnits: 2,
    commissionBp: 1000,
    cpaMinor: null,
    liveDay: 2,
    pull: 0.7,
  },
  {
    name: 'Grace Kim',
    handle: 'gracekimbeauty',
    platform: 'instagram',
    region: 'NY',
    followers: 22_600,
    code: 'GRACE15',
    stipendMinor: 20000,
    productUnits: 2,
    commissionBp: 1500,
    cpaMinor: null,
    liveDay: 10,
    pull: 1.9,
  },
  {
    name: 'Tomás Ortega',
    handle: 'tomas.ortega',
    platform: 'instagram',
    region: 'AZ',
    followers: 12_900,
    code: 'TOMAS15',
    stipendMinor: 15000,
    productUnits: 1,
    commissionBp: 1000,
    cpaMinor: null,
    liveDay: 4,
    pull: 0.9,
  },
  {
    name: 'Hannah Price',
    handle: 'hannahpricetalks',
    platform: 'youtube',
    region: 'OH',
    followers: 31_200,
    code: 'HANNAH15',
    stipendMinor: 30000,
    productUnits: 2,
    commissionBp: null,
    cpaMinor: 1000,
    liveDay: 14,
    pull: 1.4,
  },
  {
    name: 'Sofia Marchetti',
    handle: 'sofiamskin',
    platform: 'tiktok',
    region: 'IL',
    followers: 44_000,
    code: 'SOFIA15',
    stipendMinor: 35000,
    productUnits: 3,
    commissionBp: 1000,
    cpaMinor: null,
    liveDay: 1,
    pull: 2.8,
  },
  {
    name: 'Kwame Mensah',
    handle: 'kwame.glow',
    platform: 'instagram',
    region: 'GA',
    followers: 16_700,
    code: 'KWAME15',
    stipendMinor: 15000,
    productUnits: 1,
    commissionBp: 1200,
    cpaMinor: null,
    liveDay: 8,
    pull: 0.4,
  },
  {
    name: 'Emily Zhang',
    handle: 'emzhangdaily',
    platform: 'instagram',
    region: 'CA',
    followers: 26_300,
    code: 'EMILY15',
    stipendMinor: 25000,
    productUnits: 2,
    commissionBp: 1000,
    cpaMinor: null,
    liveDay: 12,
    pull: 1.2,
  },
  {
    name: 'Noah Bennett',
    handle: 'noahbskincare',
    platform: 'tiktok',
    region: 'CO',
    followers: 10_800,
    code: 'NOAH15',
    stipendMinor: 10000,
    productUnits: 1,
    commissionBp: 1000,
    cpaMinor: null,
    liveDay: 18,
    pull: 0.3,
  },
];

export const UNIT_COST_MINOR = 1400;
export const US_STATES = ['CA', 'TX', 'NY', 'FL', 'IL', 'WA', 'NJ', 'GA', 'OH', 'AZ', 'CO', 'MA', 'PA', 'NC', 'OR'];
