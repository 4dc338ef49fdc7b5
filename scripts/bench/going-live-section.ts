/**
 * Going live over ten pilots of 50 creators each: the gate's check and the
 * sign-offs of one pilot (what its tabs load), what is due this week and what
 * is overdue across all pilots, and the caption check the Content tab runs as
 * the user types, beside a bare query of the same members' facts.
 */

import { join } from 'node:path';
import { Session } from '../../src/main/core/workspace/session';
import { Settings } from '../../src/main/core/workspace/settings';
import { call } from './sourcing-profiles';
import type { Section } from './timing';

const PILOTS = 10;
const MEMBERS = 50;

/** An Instagram-length caption (2,200 characters) with the disclosure lost in the trailing hashtags. */
const CAPTION = `${'My morning routine with the new serum, and why it stays. '.repeat(36)}\n${'#skincare #glow '.repeat(8)}#ad`;

async function build(session: Session): Promise<number> {
  let first = 0;
  for (let p = 0; p < PILOTS; p++) {
    const pilot = (await call(session, 'pilots.create', {
      name: `Pilot ${p + 1}`,
      brand: 'Bench Brand',
      currency: 'EUR',
      startDate: '2026-09-01',
      endDate: '2026-10-31',
    })) as { id: number };
    first ||= pilot.id;
    for (let m = 0; m < MEMBERS; m++) {
      const handle = `p${p}creator${m}`;
      const member = (await call(session, 'creators.add', {
        pilotId: pilot.id,
        name: `Creator ${p}-${m}`,
        handles: [{ platform: 'instagram', handle }],
        stage: 'contracted',
        discountCode: `P${p}C${m}X`,
        landingUrl: `https://shop.example.com/glow?utm_content=${handle}`,
      })) as { id: number };
      await call(session, 'posts.save', {
        memberId: member.id,
        url: `https://www.instagram.com/p/${handle}`,
        platform: 'instagram',
        format: 'reel',
        caption: m % 2 ? '#ad My routine' : 'My routine #skincare #ad',
      });
    }
  }
  await call(session, 'brands.bannedClaims', { brandId: 1, phrases: ['cures acne', 'clinically proven'] });
  return first;
}

export function goingLiveSection(tmp: string): Section {
  const session = new Session(new Settings(join(tmp, 'going-live-data')));
  let pilotId = 0;
  return {
    title: `Going live: ${PILOTS} pilots of ${MEMBERS} creators (what each tab loads)`,
    runs: 15,
    setup: async () => {
      session.open(join(tmp, 'going-live.pilotdesk'), 'create');
      pilotId = await build(session);
    },
    teardown: () => session.close(),
    cases: [
      {
        name: "bare: one pilot's members with their contract and posts (one query)",
        run: () =>
          session.db
            .prepare(
              `SELECT pc.id, pc.discount_code, pc.landing_url, mc.status, count(p.id)
                 FROM pilot_creators pc LEFT JOIN member_contracts mc ON mc.member_id = pc.id
                 LEFT JOIN posts p ON p.member_id = pc.id WHERE pc.pilot_id = ? GROUP BY pc.id`,
            )
            .all(pilotId),
      },
      { name: 'golive.check (one pilot)', run: () => call(session, 'golive.check', { pilotId }) },
      { name: 'signoffs.list (one pilot)', run: () => call(session, 'signoffs.list', { pilotId }) },
      { name: 'posts.list (one pilot, each caption checked)', run: () => call(session, 'posts.list', { pilotId }) },
      { name: `timeline.week (all ${PILOTS} pilots)`, run: () => call(session, 'timeline.week', {}) },
      { name: `signoffs.overdue (all ${PILOTS} pilots)`, run: () => call(session, 'signoffs.overdue', {}) },
      {
        name: 'content.check (2,200-character caption, banned claims)',
        run: () => call(session, 'content.check', { caption: CAPTION, platform: 'instagram', brandId: 1 }),
      },
    ],
  };
}
