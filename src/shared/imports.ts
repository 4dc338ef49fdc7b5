/**
 * Import jobs: what a user sees of an import before and after it is written.
 * The same planner produces the preview and the commit's summary, so the two
 * can be compared line by line.
 */

export const IMPORT_KINDS = ['orders', 'clicks', 'tracking', 'longlist', 'posts'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** How the numbers in a date cell are ordered; time and offset are read when present. */
export const DATE_ORDERS = ['ymd', 'mdy', 'dmy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

export const DECIMAL_MARKS = ['.', ','] as const;
export type DecimalMark = (typeof DECIMAL_MARKS)[number];

/** Default ceiling on an imported file's size; the user can raise it per import. */
export const DEFAULT_MAX_FILE_MB = 250;

/**
 * The fields an order import reads. A known format maps them from its header
 * names; any other file maps them by the user's choice, remembered by header
 * signature.
 */
export const ORDER_FIELDS = [
  'orderId',
  'orderName',
  'createdAt',
  'currency',
  'subtotal',
  'discount',
  'shipping',
  'tax',
  'total',
  'refunded',
  'financialStatus',
  'cancelledAt',
  'discountCodes',
  'buyer',
  'region',
  'landingUrl',
  'utmSource',
  'utmMedium',
  'utmCampaign',
  'utmContent',
  'notes',
  'lineName',
  'lineSku',
  'lineQuantity',
  'linePrice',
] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];

/** Fields a mapping must name before an order import can run. */
export const REQUIRED_ORDER_FIELDS: readonly OrderField[] = ['orderId', 'createdAt', 'total'];

export const ORDER_FIELD_LABELS: Record<OrderField, string> = {
  orderId: 'Order id',
  orderName: 'Order number',
  createdAt: 'Order date',
  currency: 'Currency',
  subtotal: 'Subtotal (after discounts)',
  discount: 'Discount amount',
  shipping: 'Shipping',
  tax: 'Taxes',
  total: 'Total',
  refunded: 'Refunded amount',
  financialStatus: 'Payment status',
  cancelledAt: 'Cancelled at',
  discountCodes: 'Discount codes',
  buyer: 'Buyer email or customer id',
  region: 'Region or country',
  landingUrl: 'Landing page URL',
  utmSource: 'UTM source',
  utmMedium: 'UTM medium',
  utmCampaign: 'UTM campaign',
  utmContent: 'UTM content',
  notes: 'Notes (scanned for UTM lines)',
  lineName: 'Line item name',
  lineSku: 'Line item SKU',
  lineQuantity: 'Line item quantity',
  linePrice: 'Line item unit price',
};

/** The fields a click import reads. */
export const CLICK_FIELDS = ['date', 'clicks', 'url', 'utmSource', 'utmCampaign', 'utmContent', 'creator'] as const;
export type ClickField = (typeof CLICK_FIELDS)[number];
export const REQUIRED_CLICK_FIELDS: readonly ClickField[] = [];

export const CLICK_FIELD_LABELS: Record<ClickField, string> = {
  date: 'Date',
  clicks: 'Clicks',
  url: 'Link or destination URL',
  utmSource: 'UTM source',
  utmCampaign: 'UTM campaign',
  utmContent: 'UTM content',
  creator: 'Creator handle or code',
};

/**
 * The fields of a pilot tracking sheet, the spreadsheet teams keep today: one
 * row per creator. Moving in adds or updates the pilot's creators; the
 * figures Pilotdesk computes itself (orders, revenue, AOV, conversion, repeat
 * rate) are checked against the sheet's and the differences listed.
 */
export const TRACKING_FIELDS = [
  'creator',
  'channel',
  'campaignStart',
  'code',
  'clicks',
  'orders',
  'revenue',
  'baselineRevenue',
  'totalCosts',
  'aov',
  'conversion',
  'repeatRate',
] as const;
export type TrackingField = (typeof TRACKING_FIELDS)[number];
export const REQUIRED_TRACKING_FIELDS: readonly TrackingField[] = ['creator'];

export const TRACKING_FIELD_LABELS: Record<TrackingField, string> = {
  creator: 'Creator (name or handle)',
  channel: 'Channel or platform',
  campaignStart: 'Campaign start',
  code: 'Tracked code',
  clicks: 'Clicks',
  orders: 'Orders',
  revenue: 'Revenue',
  baselineRevenue: 'Baseline revenue',
  totalCosts: 'Total costs',
  aov: 'AOV',
  conversion: 'Conversion rate',
  repeatRate: 'Repeat rate',
};

/** One creator row of a tracking sheet, as it will land. */
export interface TrackingRow {
  row: number;
  creator: string;
  channel: string | null;
  campaignStart: string | null;
  code: string | null;
  clicks: number | null;
  baselineRevenueMinor: number | null;
  totalCostsMinor: number | null;
  /** The pilot creator it updates; null when it adds a new one. */
  creatorId: number | null;
  bucket: Bucket;
  reason: string | null;
}

export const CHECKED_FIGURES = ['clicks', 'orders', 'revenue', 'aov', 'conversion', 'repeatRate'] as const;
export type CheckedFigure = (typeof CHECKED_FIGURES)[number];

/** A figure the sheet states that Pilotdesk computes otherwise from the imported orders. */
export interface FigureDifference {
  row: number;
  creator: string;
  figure: CheckedFigure;
  /** As the sheet has it, and as Pilotdesk computes it, both as a person reads them ("$1,204.50", "3.2%"). */
  sheet: string;
  pilotdesk: string;
  /** Why they may differ, when it can be told (orders not imported yet, refunds, a different window). */
  note: string | null;
}

/**
 * The fields of a longlist, as discovery tools export it or a person keeps
 * it: one row per creator. A row may hold several handles (a handle cell
 * listing some, a profile URL, or one column per platform).
 */
export const LONGLIST_FIELDS = [
  'name',
  'platform',
  'handle',
  'instagram',
  'tiktok',
  'youtube',
  'profileUrl',
  'followers',
  'engagementRate',
  'avgViews',
  'country',
  'region',
  'city',
  'categories',
  'audienceNotes',
  'email',
  'pastBrands',
  'shoppingLinks',
] as const;
export type LonglistField = (typeof LONGLIST_FIELDS)[number];
/** A longlist needs some way to a handle: one of these columns mapped. */
export const LONGLIST_HANDLE_FIELDS: readonly LonglistField[] = [
  'handle',
  'instagram',
  'tiktok',
  'youtube',
  'profileUrl',
];
export const REQUIRED_LONGLIST_FIELDS: readonly LonglistField[] = [];

export const LONGLIST_FIELD_LABELS: Record<LonglistField, string> = {
  name: 'Name',
  platform: 'Platform',
  handle: 'Handle(s)',
  instagram: 'Instagram handle',
  tiktok: 'TikTok handle',
  youtube: 'YouTube channel',
  profileUrl: 'Profile URL',
  followers: 'Followers',
  engagementRate: 'Engagement rate',
  avgViews: 'Average views',
  country: 'Country',
  region: 'Region or state',
  city: 'City',
  categories: 'Categories',
  audienceNotes: 'Audience notes',
  email: 'Email',
  pastBrands: 'Past brand mentions',
  shoppingLinks: 'Posts shopping links or codes',
};

/** One creator row of a longlist, as it will land. */
export interface LonglistRow {
  row: number;
  name: string;
  handles: { platform: string; handle: string }[];
  followers: number | null;
  engagementBp: number | null;
  country: string | null;
  /** The profile it merges into; null when it adds a new one. */
  creatorId: number | null;
  /** What a merge changes on that profile ("followers 12,000 → 12,500"). */
  changes: string[];
  bucket: Bucket;
  reason: string | null;
}

/**
 * The fields of a sheet of posts (a creator's own report, an analytics
 * export, a sheet kept by hand): one row per post, matched to a member of
 * the pilot by handle or name, and to a post already recorded by its link.
 */
export const POST_FIELDS = [
  'handle',
  'name',
  'url',
  'platform',
  'format',
  'postedAt',
  'caption',
  'views',
  'likes',
  'comments',
  'clicks',
] as const;
export type PostField = (typeof POST_FIELDS)[number];
export const REQUIRED_POST_FIELDS: readonly PostField[] = ['url'];
/** A row needs some way to its creator: one of these columns mapped. */
export const POST_CREATOR_FIELDS: readonly PostField[] = ['handle', 'name'];

export const POST_FIELD_LABELS: Record<PostField, string> = {
  handle: 'Creator handle',
  name: 'Creator name',
  url: 'Post link',
  platform: 'Platform',
  format: 'Format',
  postedAt: 'Posting time',
  caption: 'Caption',
  views: 'Views',
  likes: 'Likes',
  comments: 'Comments',
  clicks: 'Link clicks',
};

/** One post row of a sheet, as it will land. */
export interface PostRow {
  row: number;
  /** The member's name, or the creator cell as the sheet wrote it when no member matched. */
  creator: string;
  url: string;
  platform: string | null;
  format: string | null;
  postedAt: string | null;
  views: number | null;
  likes: number | null;
  comments: number | null;
  clicks: number | null;
  memberId: number | null;
  /** The recorded post it updates; null when it adds one. */
  postId: number | null;
  /** What the update changes ("views 1,200 → 12,500"). */
  changes: string[];
  /** An approved post whose caption or platform changes goes back to review. */
  backToReview: boolean;
  bucket: Bucket;
  reason: string | null;
}

/** Where each row of a file went. Every row lands in exactly one bucket. */
export const BUCKETS = ['added', 'updated', 'unchanged', 'excluded', 'rejected'] as const;
export type Bucket = (typeof BUCKETS)[number];

export const BUCKET_LABELS: Record<Bucket, string> = {
  added: 'Added',
  updated: 'Updated',
  unchanged: 'Already imported',
  excluded: 'Excluded',
  rejected: 'Rejected',
};

export interface MoneySum {
  currency: string;
  minor: number;
}

/** One bucket (with one reason, for excluded and rejected rows). */
export interface BucketTotal {
  bucket: Bucket;
  reason: string | null;
  rows: number;
  /** Orders (or creator-days, for clicks) in this bucket. */
  records: number;
  /** Order totals in this bucket, per currency (empty for clicks). */
  totals: MoneySum[];
  /** Clicks in this bucket (0 for orders). */
  clicks: number;
}

export interface RowProblem {
  /** 1-based row number as a spreadsheet program shows it (the header is row 1 or later). */
  row: number;
  field: string | null;
  message: string;
}

export interface ColumnUse {
  field: string;
  label: string;
  header: string | null;
  required: boolean;
}

export interface PreviewOrder {
  row: number;
  externalId: string;
  orderName: string | null;
  orderDate: string;
  currency: string;
  totalMinor: number;
  refundedMinor: number;
  financialStatus: string;
  codes: string[];
  utmCampaign: string | null;
  utmContent: string | null;
  lineCount: number;
  bucket: Bucket;
  reason: string | null;
}

export interface OrderChange {
  externalId: string;
  orderName: string | null;
  changes: string[];
}

export interface ImportPreview {
  kind: ImportKind;
  fileName: string;
  fileBytes: number;
  format: { id: string; label: string };
  sheet: string | null;
  sheets: string[];
  headers: string[];
  headerRow: number;
  columns: ColumnUse[];
  /** True when no known format matched and required columns still lack a mapping. */
  needsMapping: boolean;
  dateOrder: DateOrder;
  /** Date orders every date in the file can be read with (more than one: the user should confirm). */
  dateOrderChoices: DateOrder[];
  decimalMark: DecimalMark;
  dateRange: { from: string; to: string } | null;
  currencies: string[];
  rowsRead: number;
  orders: number;
  lineItems: number;
  buckets: BucketTotal[];
  /** The file's own count and sums, computed apart from the buckets, so a reader can check they agree. */
  fileTotals: { rows: number; totals: MoneySum[]; clicks: number };
  sample: PreviewOrder[];
  problems: RowProblem[];
  problemCount: number;
  changed: OrderChange[];
  warnings: string[];
  /** Tracking sheets: each creator row as it will land. */
  trackingRows?: TrackingRow[];
  /** Tracking sheets: the sheet's figures that differ from Pilotdesk's own. */
  differences?: FigureDifference[];
  /** Longlists: each creator row as it will land. */
  longlistRows?: LonglistRow[];
  /** Posts: each post row as it will land. */
  postRows?: PostRow[];
}

export const JOB_STATES = ['reading', 'ready', 'committing', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface ImportJob {
  id: string;
  kind: ImportKind;
  state: JobState;
  fileName: string;
  /** Bytes (reading) or records (committing) done out of total. */
  progress: { phase: string; done: number; total: number };
  preview: ImportPreview | null;
  /** After a commit: the batch written. */
  batchId: number | null;
  error: { message: string; field: string | null } | null;
}

export interface ImportBatch {
  id: number;
  kind: ImportKind;
  fileName: string;
  format: string;
  importedAt: string;
  brandId: number | null;
  brandName: string | null;
  pilotId: number | null;
  rowsRead: number;
  added: number;
  updated: number;
  undoneAt: string | null;
  /** Why it cannot be undone now (a later batch changed the same orders), or null. */
  undoBlockedBy: string | null;
}
