/** Content: the posts a pilot's members publish, the disclosure and claims check, and the review of each post. */

import type { Platform } from './entities';

export const POST_FORMATS = ['post', 'reel', 'story', 'video', 'short', 'live', 'other'] as const;
export type PostFormat = (typeof POST_FORMATS)[number];

/** needs_review: new, or its caption or platform changed after approval. */
export const REVIEW_STATUSES = ['needs_review', 'approved', 'changes_requested'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_DECISIONS = ['approve', 'request_changes'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const FINDING_KINDS = ['missing', 'below_fold', 'in_hashtags', 'ambiguous', 'banned_claim'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/**
 * One problem in a caption. start/end are UTF-16 offsets into the caption
 * (end exclusive) for the screen to highlight; a missing disclosure has
 * start = end = 0, the place it belongs.
 */
export interface Finding {
  kind: FindingKind;
  message: string;
  start: number;
  end: number;
}

/** One line of a post's review history; "reopened" is written by the app when an approved caption changes. */
export interface ReviewEntry {
  decision: ReviewDecision | 'reopened';
  comment: string | null;
  by: string;
  at: string;
}

export interface Post {
  id: number;
  memberId: number;
  pilotId: number;
  creatorName: string;
  url: string;
  platform: Platform;
  format: PostFormat;
  /** "2026-03-05" or "2026-03-05T18:30" (the creator's local time); null until known. */
  postedAt: string | null;
  caption: string;
  /** Whole numbers; null until recorded. */
  views: number | null;
  likes: number | null;
  comments: number | null;
  clicks: number | null;
  status: ReviewStatus;
  /** The check of the caption as it stands, for the list to flag. */
  findings: Finding[];
  /** Oldest first. */
  reviews: ReviewEntry[];
  createdAt: string;
  updatedAt: string;
}

export interface SavedPost {
  post: Post;
  /** True when an approved post's caption or platform changed, so it needs review again. */
  backToReview: boolean;
  /** What to tell the user about that, else null. */
  notice: string | null;
}

export interface BannedClaims {
  brandId: number;
  brandName: string;
  phrases: string[];
}

/** The go-live gate's view of a member's content. */
export interface ContentApproval {
  ok: boolean;
  reason: string | null;
}
