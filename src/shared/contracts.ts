/** Compensation models, contracts and briefs: what the core hands out for going live. */

/** How a member is paid; the amounts themselves stay on the member (PilotCreator). */
export const COMPENSATION_MODELS = [
  'product_seed',
  'stipend',
  'commission',
  'cpa',
  'performance_bonus',
  'hybrid',
] as const;
export type CompensationModel = (typeof COMPENSATION_MODELS)[number];

export const COMPENSATION_LABELS: Record<CompensationModel, string> = {
  product_seed: 'Product seed',
  stipend: 'Stipend',
  commission: 'Commission / rev-share',
  cpa: 'CPA',
  performance_bonus: 'Performance bonus',
  hybrid: 'Hybrid',
};

export const DEFAULT_USAGE_RIGHTS_DAYS = 30;
export const DEFAULT_PAYMENT_NET_DAYS = 30;

/** A member's model and what it says in words. */
export interface MemberTerms {
  memberId: number;
  model: CompensationModel | null;
  /** "150.00 USD stipend, 10% commission, ..."; null without a model. */
  summary: string | null;
  /** The window that applies: the member's own, else the pilot's. */
  usageRightsDays: number;
  /** True when the member has their own window. */
  ownUsageRights: boolean;
}

/** A pilot's contract settings. */
export interface PilotContractSettings {
  pilotId: number;
  usageRightsDays: number;
  paymentNetDays: number;
}

/** The placeholders a contract template may use, with what each stands for. */
export const CONTRACT_FIELDS = {
  creatorName: 'creator name',
  handles: 'handles',
  brand: 'brand',
  pilotName: 'pilot name',
  startDate: 'pilot start date',
  endDate: 'pilot end date',
  compensation: 'compensation',
  paymentTerms: 'payment terms',
  discountCode: 'discount code',
  trackedLink: 'tracked link',
  usageRightsDays: 'usage rights window',
  disclosure: 'disclosure clause',
} as const;
export type ContractField = keyof typeof CONTRACT_FIELDS;

export interface ContractTemplate {
  /** Lines; "# " starts a heading, "## " a subheading, a blank line ends a paragraph; {{field}} is filled in. */
  text: string;
  /** True while the built-in template is in use. */
  builtIn: boolean;
  updatedAt: string | null;
}

export const CONTRACT_STATUSES = ['draft', 'sent', 'signed'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export interface ContractStep {
  date: string | null;
  by: string | null;
}

export interface MemberContract {
  memberId: number;
  name: string;
  /** null: no contract drafted yet. */
  status: ContractStatus | null;
  draft: ContractStep;
  sent: ContractStep;
  signed: ContractStep;
  filePath: string | null;
}

/** A generated document and the fields that had no value (written as "[missing: ...]"). */
export interface GeneratedDocument {
  path: string | null;
  /** The printable view (briefs asked for as html). */
  html: string | null;
  missing: { field: string; label: string }[];
}

export interface BriefSettings {
  pilotId: number;
  objective: string | null;
  /** The one KPI the pilot is judged by. */
  kpi: string | null;
  callToAction: string | null;
  landingSteps: string | null;
  checkoutSteps: string | null;
  /** Extra required disclosure wording; the platform rules are always added. */
  disclosures: string | null;
  hooks: string[];
  dos: string[];
  donts: string[];
  postingStart: string | null;
  postingEnd: string | null;
}

export const BRIEF_FORMATS = ['docx', 'html'] as const;
export type BriefFormat = (typeof BRIEF_FORMATS)[number];
