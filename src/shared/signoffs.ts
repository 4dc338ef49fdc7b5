/** Going live: the gate, the five sign-offs with their SLAs, and the pilot timeline. */

import type { Stage } from './entities';

/** In the order they are worked through; each one's clock starts when the one before is signed off. */
export const CHECKPOINTS = [
  'brief_approved',
  'tracking_set_up',
  'content_approved',
  'contract_signed',
  'results_reviewed',
] as const;
export type Checkpoint = (typeof CHECKPOINTS)[number];

export const CHECKPOINT_LABELS: Record<Checkpoint, string> = {
  brief_approved: 'Brief approved',
  tracking_set_up: 'Tracking set up',
  content_approved: 'Draft content approved',
  contract_signed: 'Contract signed (legal)',
  results_reviewed: 'Results reviewed',
};

/** Hours each checkpoint may stay open once due, until a pilot sets its own. */
export const DEFAULT_SLA_HOURS: Record<Checkpoint, number> = {
  brief_approved: 48,
  tracking_set_up: 24,
  content_approved: 48,
  contract_signed: 48,
  results_reviewed: 72,
};

export const MAX_SLA_HOURS = 8760;

/** The steps the gate asks for, each set up on its own tab of the Going live screen. */
export const GATE_STEPS = ['contract', 'code', 'link', 'content'] as const;
export type GateStep = (typeof GATE_STEPS)[number];

export interface GateProblem {
  step: GateStep;
  /** In words: "No discount code", "Contract not signed (status: sent)". */
  message: string;
}

/** Why a member cannot be marked live yet; empty problems: they may go live. */
export interface GoLiveCheck {
  memberId: number;
  name: string;
  stage: Stage;
  problems: GateProblem[];
}

export interface SignoffState {
  checkpoint: Checkpoint;
  label: string;
  signedBy: string | null;
  /** ISO timestamp of the sign-off; null while open. */
  signedAt: string | null;
  note: string | null;
  slaHours: number;
  /** When the open checkpoint must be signed off (ISO); null when signed or not due yet. */
  dueAt: string | null;
  /** Why a signed checkpoint's facts no longer hold (an approved post edited back to review), else null. */
  noLongerHolds: string | null;
}

export interface MemberSignoffs {
  memberId: number;
  pilotId: number;
  name: string;
  stage: Stage;
  checkpoints: SignoffState[];
}

export interface SlaSettings {
  pilotId: number;
  hours: Record<Checkpoint, number>;
}

export interface OverdueSignoff {
  pilotId: number;
  pilotName: string;
  memberId: number;
  name: string;
  checkpoint: Checkpoint;
  label: string;
  dueAt: string;
  /** Whole hours past dueAt. */
  hoursOverdue: number;
}

export const PHASES = ['sourcing', 'launch', 'measurement', 'decision'] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_LABELS: Record<Phase, string> = {
  sourcing: 'Week 0: sourcing and outreach',
  launch: 'Weeks 1-2: seeding and launch',
  measurement: 'Weeks 3-4: measurement and bonus triggers',
  decision: 'Then: scale or stop',
};

export interface TimelinePhase {
  phase: Phase;
  label: string;
  /** First and last day, inclusive. */
  start: string;
  end: string;
}

export const WEEK_ITEM_KINDS = ['signoff', 'follow_up', 'contract', 'go_live'] as const;
export type WeekItemKind = (typeof WEEK_ITEM_KINDS)[number];

export interface WeekItem {
  kind: WeekItemKind;
  pilotId: number;
  pilotName: string;
  memberId: number;
  name: string;
  /** The day it is due (a past day: overdue); null when it has no date (waiting on the member). */
  due: string | null;
  /** What to do, in words: "Contract signed (legal) - 26 h overdue", "Not live yet: No discount code". */
  detail: string;
}

export interface Week {
  /** Monday and Sunday of the week holding `date`. */
  start: string;
  end: string;
  date: string;
  items: WeekItem[];
}

export interface PilotTimeline {
  pilotId: number;
  startDate: string;
  endDate: string;
  phases: TimelinePhase[];
  /** The phase `date` falls in; null before week 0. */
  current: Phase | null;
  week: Week;
}
