/**
 * Which of a pilot's creators a click row belongs to: a creator column
 * naming a handle or code, or link parameters — the pilot's campaign (when
 * the row names one) with the creator's utm_content, else utm_source.
 */

import type { PilotRules } from '../../attribution/rules';

export interface ClickKeys {
  campaign: string | null;
  content: string | null;
  source: string | null;
  creator: string | null;
}

export function creatorFinder(rules: PilotRules): (keys: ClickKeys) => number | null {
  const norm = (v: string | null) => (v ?? '').trim().replace(/^@/, '').toLowerCase();
  const byId = (value: string | null) => {
    const key = norm(value);
    if (!key) return null;
    return rules.members.find((m) => m.linkIds.has(key) || m.code?.toLowerCase() === key)?.id ?? null;
  };
  return (keys) => {
    if (keys.creator) return byId(keys.creator);
    if (keys.campaign && !rules.campaigns.has(norm(keys.campaign))) return null;
    return byId(keys.content) ?? byId(keys.source);
  };
}
