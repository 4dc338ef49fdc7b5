/**
 * How the demo's creators got to live: each one's hybrid terms, a contract
 * sent and signed before the go-live day, an approved post with a clear
 * disclosure, and the sign-offs (results reviewed for nine of them). Without it the
 * Going live screen would show twelve live creators the gate never let
 * through. Dated from each creator's go-live day, so the record reads as the
 * pilot happened.
 */

import type { Database } from 'better-sqlite3';
import { BriefSettingsInput } from '../../../shared/api/contracts-contract';
import { addDays } from '../../../shared/dates';
import type { PilotCreator } from '../../../shared/entities';
import { setBannedClaims } from '../content/banned-claims';
import { setBriefSettings } from '../contracts/brief-settings';
import { setMemberTerms } from '../contracts/member-terms';
import { setContractStatus } from '../contracts/status';
import { sql } from '../db/statements';
import { DEMO_PILOT, type DemoCreator } from './catalogue';

const AGENCY = 'Demo agency';

const POST_URL: Record<DemoCreator['platform'], (handle: string) => string> = {
  instagram: (h) => `https://www.instagram.com/p/${h.replace(/\./g, '')}-glow`,
  tiktok: (h) => `https://www.tiktok.com/@${h}/video/7400000000000000001`,
  youtube: (h) => `https://www.youtube.com/watch?v=${h.slice(0, 11).padEnd(11, 'x')}`,
};

const FORMAT: Record<DemoCreator['platform'], 'reel' | 'video' | 'short'> = {
  instagram: 'reel',
  tiktok: 'video',
  youtube: 'short',
};

export function recordDemoGoingLive(db: Database, brandId: number, pilotId: number, members: PilotCreator[]): void {
  setBannedClaims(db, brandId, ['cures acne', 'clinically proven', 'anti-aging miracle']);
  setBriefSettings(
    db,
    BriefSettingsInput.parse({
      pilotId,
      fields: {
        objective: 'Sell the Glow Serum to new customers in the United States',
        kpi: 'Net orders with the creator’s code or link',
        callToAction: 'Use my code for 15% off your first Glow Serum',
        landingSteps: 'The link opens the Glow page with the serum in the cart',
        checkoutSteps: 'Enter the code at checkout; it works once per customer',
        disclosures: 'Say it is a paid partnership in the first line',
        hooks: ['My 30-second morning routine', 'Before and after a week'],
        dos: ['Show the serum on skin', 'Say the code out loud'],
        donts: ['Promise medical results'],
        postingStart: DEMO_PILOT.startDate,
        postingEnd: DEMO_PILOT.endDate,
      },
    }),
  );
  for (const [i, member] of members.entries()) recordMember(db, member, i);
}

function recordMember(db: Database, member: PilotCreator, i: number): void {
  const live = member.goLiveDate ?? DEMO_PILOT.startDate;
  const handle = member.handles[0]?.handle ?? member.name;
  const platform = (member.handles[0]?.platform ?? 'instagram') as DemoCreator['platform'];
  // Every demo creator has a stipend, seeded product and a commission or CPA.
  setMemberTerms(db, { memberId: member.id, model: 'hybrid', usageRightsDays: i % 5 === 2 ? 60 : undefined });
  setContractStatus(db, { memberId: member.id, status: 'sent', date: addDays(live, -9), by: AGENCY });
  setContractStatus(db, { memberId: member.id, status: 'signed', date: addDays(live, -7), by: member.name });

  const approvedAt = `${addDays(live, -2)}T15:00:00.000Z`;
  const { lastInsertRowid } = sql(
    db,
    `INSERT INTO posts (member_id, url, platform, format, posted_at, caption, views, likes, comments, clicks, status,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'approved', ?, ?)`,
  ).run(
    member.id,
    POST_URL[platform](handle),
    platform,
    FORMAT[platform],
    `${live}T18:00`,
    `#ad My morning glow routine with @northwindbotanics. Code ${member.discountCode} for 15% off, link in bio.`,
    Math.round((member.followers ?? 10_000) * (0.6 + (i % 4) * 0.15)),
    Math.round((member.followers ?? 10_000) * 0.04),
    40 + i * 7,
    Math.round((member.followers ?? 10_000) * 0.012),
    `${addDays(live, -3)}T10:00:00.000Z`,
    approvedAt,
  );
  sql(db, "INSERT INTO post_reviews (post_id, decision, comment, by, at) VALUES (?, 'approve', NULL, ?, ?)").run(
    Number(lastInsertRowid),
    AGENCY,
    approvedAt,
  );

  // They went live on their day: the sign-off clocks run from then.
  const wentLive = `${live}T09:00:00.000Z`;
  sql(db, 'UPDATE pilot_creators SET stage_changed_at = ? WHERE id = ?').run(wentLive, member.id);
  sql(db, 'UPDATE stage_moves SET at = ? WHERE pilot_creator_id = ?').run(wentLive, member.id);
  const signoffs: [string, string][] = [
    ['brief_approved', addDays(live, -8)],
    ['contract_signed', addDays(live, -7)],
    ['tracking_set_up', addDays(live, -6)],
    ['content_approved', addDays(live, -2)],
  ];
  // Results are reviewed for most; three are left open, so the overdue list has something to show.
  if (i % 4 !== 3) signoffs.push(['results_reviewed', addDays(DEMO_PILOT.endDate, 3)]);
  for (const [checkpoint, day] of signoffs) {
    sql(db, 'INSERT INTO member_signoffs (member_id, checkpoint, signed_by, signed_at) VALUES (?, ?, ?, ?)').run(
      member.id,
      checkpoint,
      AGENCY,
      `${day}T16:00:00.000Z`,
    );
  }
}
