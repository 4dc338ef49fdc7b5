/**
 * Tracked links: the pilot's landing page with its UTM conventions, per
 * member. utm_campaign is the pilot's slug and utm_content the creator's
 * handle, which is what attribution matches orders' links on; the landing
 * page's own query parameters are kept.
 */

import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import {
  type LinkBuilt,
  type LinksBuilt,
  landingUrlProblem,
  type TrackingSettings,
} from '../../../shared/tracking-assets';
import { attributePilot } from '../attribution/attribute';
import { getPilot } from '../db/pilots';
import { logActivity, nowIso, sql } from '../db/statements';
import { type AssetMember, assetMembers, bareHandle, readiedMember } from './members';
import { trackingSettings } from './settings';

/** One member's tracked link. */
export function trackedLink(settings: TrackingSettings, landingUrl: string, member: AssetMember): string {
  const url = new URL(landingUrl);
  url.searchParams.set('utm_source', settings.utmSource ?? member.platform ?? 'creator');
  url.searchParams.set('utm_medium', settings.utmMedium);
  url.searchParams.set('utm_campaign', settings.utmCampaign);
  url.searchParams.set('utm_content', bareHandle(member.handle).toLowerCase());
  return url.toString();
}

export function buildLinks(db: Database, input: ParsedInput<'assets.buildLinks'>): LinksBuilt {
  return db.transaction(() => {
    const pilot = getPilot(db, input.pilotId, 'pilotId');
    const settings = trackingSettings(db, pilot.id);
    const landing = settings.landingUrl;
    if (!landing) throw ApiError.field('landingUrl', `Set ${pilot.name}'s landing page first`);
    const problem = landingUrlProblem(landing);
    if (problem) throw ApiError.field('landingUrl', `The landing page ${problem}`);
    let members: AssetMember[];
    if (input.memberId !== undefined) {
      const one = readiedMember(db, input.memberId);
      if (one.pilotId !== pilot.id) throw ApiError.field('memberId', `${one.name} is not in ${pilot.name}`);
      members = [one];
    } else {
      members = assetMembers(db, pilot.id);
    }
    const rebuild = input.overwrite || input.memberId !== undefined;
    const built: LinkBuilt[] = [];
    const skipped: LinksBuilt['skipped'] = [];
    const save = sql(db, 'UPDATE pilot_creators SET landing_url = ?, updated_at = ? WHERE id = ?');
    for (const m of members) {
      if (!bareHandle(m.handle)) {
        skipped.push({ memberId: m.id, name: m.name, reason: 'No handle to put in utm_content' });
      } else if (m.landingUrl && !rebuild) {
        skipped.push({ memberId: m.id, name: m.name, reason: 'Already has a link' });
      } else {
        const url = trackedLink(settings, landing, m);
        save.run(url, nowIso(), m.id);
        built.push({ memberId: m.id, name: m.name, url });
      }
    }
    if (built.length > 0) {
      attributePilot(db, pilot.id);
      logActivity(db, 'assets.buildLinks', 'pilot', pilot.id, { links: built.length });
    }
    const warning =
      pilot.attributionMethod === 'code'
        ? `${pilot.name} credits orders by discount code only; set its attribution to link or both for these links to count`
        : null;
    return { pilotId: pilot.id, built, skipped, warning };
  })();
}
