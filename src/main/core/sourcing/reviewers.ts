/** Reviewers take a pilot's profiles in groups of 25, in turn, so a long list is shared out evenly. */

import type { Database } from 'better-sqlite3';
import { REVIEW_GROUP_SIZE, type ReviewerGroup } from '../../../shared/sourcing';
import { logActivity, nowIso, sql } from '../db/statements';
import { notAMember } from './board';
import { pilotSourcing } from './criteria';

export interface ReviewerRequest {
  pilotId: number;
  memberIds: number[];
  reviewers: string[];
}

/** Group k of the members, in the order given, goes to reviewers[k % reviewers.length]. */
export function assignReviewers(db: Database, request: ReviewerRequest): ReviewerGroup[] {
  return db.transaction(() => {
    const pilot = pilotSourcing(db, request.pilotId);
    const inPilot = sql(db, 'SELECT 1 FROM pilot_creators WHERE id = ? AND pilot_id = ?').pluck();
    const ids = [...new Set(request.memberIds)];
    for (const id of ids) if (!inPilot.get(id, pilot.pilotId)) throw notAMember(id, pilot.name);
    const groups: ReviewerGroup[] = [];
    for (let start = 0; start < ids.length; start += REVIEW_GROUP_SIZE) {
      const reviewer = request.reviewers[groups.length % request.reviewers.length] as string;
      groups.push({ reviewer, memberIds: ids.slice(start, start + REVIEW_GROUP_SIZE) });
    }
    const set = sql(db, 'UPDATE pilot_creators SET reviewer = ?, updated_at = ? WHERE id = ?');
    const at = nowIso();
    for (const g of groups) for (const id of g.memberIds) set.run(g.reviewer, at, id);
    logActivity(db, 'sourcing.assignReviewers', 'pilot', pilot.pilotId, {
      groups: groups.map((g) => ({ reviewer: g.reviewer, members: g.memberIds.length })),
    });
    return groups;
  })();
}
