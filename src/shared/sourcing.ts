/**
 * Sourcing: creator profiles (a person once per workspace, with what a
 * discovery tool or the user knows of them), fit scores per pilot, and the
 * pipeline a pilot's members move through.
 */

import type { Handle, Stage } from './entities';

/** A creator as sourcing sees them: the person, their handles and their audience. */
export interface Profile {
  creatorId: number;
  name: string;
  email: string | null;
  handles: Handle[];
  profileUrl: string | null;
  followers: number | null;
  /** Basis points: 320 = 3.2 %. */
  engagementBp: number | null;
  avgViews: number | null;
  country: string | null;
  region: string | null;
  city: string | null;
  categories: string[];
  audienceNotes: string | null;
  /** Brands they have mentioned or worked with before. */
  pastBrands: string[];
  /** Whether they post shopping links or discount codes; null when unknown. */
  shoppingLinks: boolean | null;
  updatedAt: string | null;
}

/** The fields of a profile nothing is known of yet (all but its id, name, handles and timestamp). */
export type ProfileDetails = Omit<Profile, 'creatorId' | 'name' | 'handles' | 'updatedAt'>;

/** A new profile's details before anything is known; fresh each call, so the lists are never shared. */
export function unknownDetails(): ProfileDetails {
  return {
    email: null,
    profileUrl: null,
    followers: null,
    engagementBp: null,
    avgViews: null,
    country: null,
    region: null,
    city: null,
    categories: [],
    audienceNotes: null,
    pastBrands: [],
    shoppingLinks: null,
  };
}

/** The criteria a fit score weighs, in the order they are shown. */
export const CRITERIA = ['followers', 'engagement', 'region', 'categories', 'shoppingLinks', 'pastBrands'] as const;
export type Criterion = (typeof CRITERIA)[number];

export const CRITERION_LABELS: Record<Criterion, string> = {
  followers: 'Follower band',
  engagement: 'Engagement rate',
  region: 'Region matches the market',
  categories: 'Category match',
  shoppingLinks: 'Posts shopping links or codes',
  pastBrands: 'Past brand mentions',
};

/** A pilot's fit criteria. A weight of 0 leaves a criterion out. Weights are whole numbers 0–10. */
export interface FitCriteria {
  followers: { weight: number; min: number | null; max: number | null };
  engagement: { weight: number; minBp: number | null };
  /** The place to match; null means the pilot's market. */
  region: { weight: number; market: string | null };
  categories: { weight: number; wanted: string[] };
  shoppingLinks: { weight: number };
  /** Mentions of these brands (any brand when the list is empty) count. */
  pastBrands: { weight: number; brands: string[] };
}

export const DEFAULT_CRITERIA: FitCriteria = {
  followers: { weight: 3, min: 10_000, max: 50_000 },
  engagement: { weight: 3, minBp: 300 },
  region: { weight: 2, market: null },
  categories: { weight: 2, wanted: [] },
  shoppingLinks: { weight: 1 },
  pastBrands: { weight: 1, brands: [] },
};

export const OUTCOMES = ['met', 'missed', 'unknown'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** How one criterion scored, in words a person can check ("12,500 followers, within 10,000–50,000"). */
export interface CriterionResult {
  criterion: Criterion;
  weight: number;
  outcome: Outcome;
  points: number;
  text: string;
  /** The few words a "why they fit" sentence takes when met ("12.5K followers", "based in Berlin"). */
  phrase?: string;
}

/** A fit score, 0–100: points earned over the weights in play, with each criterion's part. */
export interface FitScore {
  score: number;
  points: number;
  maxPoints: number;
  parts: CriterionResult[];
}

/** One member of a pilot's pipeline: the profile, where they stand, and their fit. */
export interface Prospect {
  /** The pilot membership (pilot_creators.id), the id stage moves and outreach take. */
  memberId: number;
  pilotId: number;
  stage: Stage;
  declinedReason: string | null;
  reviewer: string | null;
  stageChangedAt: string | null;
  profile: Profile;
  fit: FitScore;
  /** Outreach: the last contact logged, the follow-up date, and whether they replied. */
  lastContactAt: string | null;
  followUpDate: string | null;
  replied: boolean;
}

/** The shortlist cap default, and how many creators a pilot may run. */
export const DEFAULT_SHORTLIST_CAP = 25;
export const PILOT_CREATOR_LIMIT = 50;
/** Reviewers take profiles in groups of this size. */
export const REVIEW_GROUP_SIZE = 25;

/** A pilot's sourcing board: every member with their fit, the counts per stage, and cap warnings. */
export interface SourcingBoard {
  pilotId: number;
  market: string | null;
  criteria: FitCriteria;
  shortlistCap: number;
  counts: Record<Stage, number>;
  /** "The shortlist has 27 profiles, over the cap of 25", "The pilot has 52 creators, over 50". */
  warnings: string[];
  prospects: Prospect[];
}

/** One line of the stage log. */
export interface StageMoveEntry {
  id: number;
  /** The bulk move it belongs to: one user action. */
  moveId: number;
  at: string;
  by: string;
  memberId: number;
  name: string;
  from: Stage | null;
  to: Stage;
  reason: string | null;
  undoneAt: string | null;
}

export interface MoveResult {
  moveId: number;
  moved: number;
  /** Members already at that stage. */
  unchanged: number;
  warnings: string[];
}

/** A reviewer and the members given to them. */
export interface ReviewerGroup {
  reviewer: string;
  memberIds: number[];
}

/** Profiles in the workspace, for adding to a pilot or finding again. */
export interface ProfileListItem extends Profile {
  /** The pilots they are a member of, with their stage there. */
  pilots: { pilotId: number; pilotName: string; stage: Stage }[];
}
