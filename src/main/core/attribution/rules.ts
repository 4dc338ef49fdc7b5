/**
 * What identifies a pilot's creators in order data (METRICS.md, attribution):
 * a creator's discount code, and their tracked link's parameters — the
 * pilot's utm_campaign with the creator's utm_content (or utm_source).
 */

import type { Database } from 'better-sqlite3';
import { addDays } from '../../../shared/dates';
import { sql } from '../db/statements';
import { TAKES_PART_SQL } from '../db/taking-part';
import { utmFromUrl } from '../import/orders/utm';

export interface PilotRules {
  id: number;
  name: string;
  brandId: number | null;
  currency: string;
  startDate: string;
  /** The last day an order can be credited: pilot end plus its attribution window. */
  lastDay: string;
  useCodes: boolean;
  useLinks: boolean;
  /** utm_campaign values that name this pilot, lower case. */
  campaigns: Set<string>;
  members: MemberRules[];
}

export interface MemberRules {
  id: number;
  name: string;
  code: string | null;
  firstDay: string;
  /** utm_content / utm_source values that name this creator, lower case. */
  linkIds: Set<string>;
}

/** A pilot's name as a link slug: "Spring Glow pilot" -> "spring-glow-pilot". */
export function pilotSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function pilotRules(db: Database, pilotId: number): PilotRules | null {
  const p = sql(
    db,
    `SELECT id, name, brand_id AS brandId, currency, start_date AS startDate, end_date AS endDate,
       attribution_window_days AS windowDays, attribution_method AS method
     FROM pilots WHERE id = ?`,
  ).get(pilotId) as
    | {
        id: number;
        name: string;
        brandId: number | null;
        currency: string;
        startDate: string;
        endDate: string;
        windowDays: number;
        method: string;
      }
    | undefined;
  if (!p) return null;
  const rows = sql(
    db,
    `SELECT pc.id, c.name, pc.discount_code AS code, pc.landing_url AS landingUrl,
       coalesce(pc.go_live_date, ?) AS firstDay,
       (SELECT group_concat(handle, char(31)) FROM creator_handles h WHERE h.creator_id = pc.creator_id) AS handles
     FROM pilot_creators pc JOIN creators c ON c.id = pc.creator_id
     WHERE pc.pilot_id = ? AND ${TAKES_PART_SQL} ORDER BY pc.id`,
  ).all(p.startDate, p.id) as Array<{
    id: number;
    name: string;
    code: string | null;
    landingUrl: string | null;
    firstDay: string;
    handles: string | null;
  }>;
  const campaigns = new Set([pilotSlug(p.name)]);
  const members = rows.map((r) => {
    const link = linkParams(r.landingUrl);
    if (link.campaign) campaigns.add(link.campaign);
    const linkIds = new Set<string>();
    if (link.content) linkIds.add(link.content);
    for (const h of (r.handles ?? '').split('\u001f')) {
      const handle = h.trim().replace(/^@/, '').toLowerCase();
      if (handle) linkIds.add(handle);
    }
    return { id: r.id, name: r.name, code: r.code, firstDay: r.firstDay, linkIds };
  });
  return {
    id: p.id,
    name: p.name,
    brandId: p.brandId,
    currency: p.currency,
    startDate: p.startDate,
    lastDay: addDays(p.endDate, p.windowDays),
    useCodes: p.method !== 'link',
    useLinks: p.method !== 'code',
    campaigns,
    members,
  };
}

/** A creator's link parameters, lower case, as the orders' own are compared. */
function linkParams(url: string | null): { campaign: string | null; content: string | null } {
  const utm = utmFromUrl(url ?? undefined);
  return { campaign: utm.campaign?.toLowerCase() ?? null, content: utm.content?.toLowerCase() ?? null };
}
