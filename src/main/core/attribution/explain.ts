/**
 * Why an order counts for a pilot's creator, or does not, in one sentence a
 * user can check against the order and the creator's terms.
 */

import type { Database } from 'better-sqlite3';
import { type OrderAttribution, type OrderRow, STANDING_LABELS } from '../../../shared/orders';
import { sql } from '../db/statements';
import { type PilotRules, pilotRules } from './rules';

interface OrderFacts extends OrderRow {
  brandId: number | null;
  utmCampaign: string | null;
}

export function explainAttribution(db: Database, order: OrderFacts): OrderAttribution[] {
  const pilotIds = sql(
    db,
    'SELECT id FROM pilots WHERE (? IS NULL OR brand_id IS NULL OR brand_id = ?) AND archived_at IS NULL ORDER BY id',
  )
    .pluck()
    .all(order.brandId, order.brandId) as number[];
  const credited = sql(
    db,
    'SELECT pilot_creator_id AS memberId, rule, matched, flagged FROM attributions WHERE pilot_id = ? AND order_id = ?',
  );
  return pilotIds.flatMap((pilotId) => {
    const rules = pilotRules(db, pilotId);
    if (!rules) return [];
    const credit = credited.get(pilotId, order.id) as
      | { memberId: number; rule: 'code' | 'link'; matched: string; flagged: number }
      | undefined;
    const member = credit ? rules.members.find((m) => m.id === credit.memberId) : undefined;
    const standing = order.standing;
    const otherCurrency = order.currency !== rules.currency;
    const counts = Boolean(credit) && standing === 'counts' && !otherCurrency;
    return [
      {
        pilotId,
        pilotName: rules.name,
        creatorId: credit?.memberId ?? null,
        creatorName: member?.name ?? null,
        rule: credit?.rule ?? null,
        matched: credit?.matched ?? null,
        flagged: credit?.flagged === 1,
        counts,
        reason: credit
          ? creditedReason(member?.name ?? 'a creator', credit, standing, otherCurrency ? rules.currency : null, order)
          : uncreditedReason(rules, order),
      },
    ];
  });
}

function creditedReason(
  name: string,
  credit: { rule: string; matched: string; flagged: number },
  standing: OrderRow['standing'],
  pilotCurrency: string | null,
  order: OrderFacts,
): string {
  const how = credit.rule === 'code' ? `code ${credit.matched}` : `tracked link (${credit.matched})`;
  const flag = credit.flagged ? ' It also carries another creator’s code or link: flagged for review.' : '';
  if (standing !== 'counts')
    return `Credited to ${name} by ${how}, but it does not count: ${STANDING_LABELS[standing].toLowerCase()}.${flag}`;
  if (pilotCurrency)
    return `Credited to ${name} by ${how}, but it is in ${order.currency} and this pilot counts ${pilotCurrency}; it is reported apart.${flag}`;
  return `Counts for ${name}: ${how}, dated inside their attribution period.${flag}`;
}

function uncreditedReason(rules: PilotRules, order: OrderFacts): string {
  const codes = new Set(order.codes.map((c) => c.toLowerCase()));
  const byCode = rules.members.find((m) => m.code && codes.has(m.code.toLowerCase()));
  if (byCode && rules.useCodes) {
    if (order.orderDate < byCode.firstDay) {
      return `Code ${byCode.code} is ${byCode.name}’s, but the order (${order.orderDate}) is before their go-live date ${byCode.firstDay}.`;
    }
    if (order.orderDate > rules.lastDay) {
      return `Code ${byCode.code} is ${byCode.name}’s, but the order (${order.orderDate}) is after the attribution window closed on ${rules.lastDay}.`;
    }
  }
  if (order.orderDate < rules.startDate || order.orderDate > rules.lastDay) {
    return `Outside this pilot’s window (${rules.startDate} to ${rules.lastDay}).`;
  }
  if (order.codes.length > 0) {
    return `Its code${order.codes.length > 1 ? 's' : ''} ${order.codes.join(', ')} ${order.codes.length > 1 ? 'are' : 'is'} not a code of this pilot’s creators, and it carries no tracked link of theirs.`;
  }
  if (order.utmCampaign && rules.campaigns.has(order.utmCampaign.toLowerCase())) {
    return 'It came through this pilot’s campaign, but its link names none of the pilot’s creators.';
  }
  return 'It carries no code or tracked link of this pilot’s creators.';
}
