/** A pilot's code and link conventions, set once; defaults until then. */

import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { parseMoney, parsePercent } from '../../../shared/money';
import { SHOP_MAX_CODE_LENGTH, type Shop, type TrackingSettings } from '../../../shared/tracking-assets';
import { pilotSlug } from '../attribution/rules';
import { getPilot } from '../db/pilots';
import { logActivity, nowIso, sql } from '../db/statements';

interface SettingsRow {
  shop: Shop;
  code_pattern: string;
  code_max_length: number;
  discount_kind: TrackingSettings['discountKind'];
  discount_value: number;
  landing_url: string | null;
  utm_source: string | null;
  utm_medium: string;
}

const DEFAULTS: SettingsRow = {
  shop: 'shopify',
  code_pattern: '{HANDLE}{DISCOUNT}',
  code_max_length: 20,
  discount_kind: 'percentage',
  discount_value: 1500,
  landing_url: null,
  utm_source: null,
  utm_medium: 'creator',
};

export function trackingSettings(db: Database, pilotId: number): TrackingSettings {
  const pilot = getPilot(db, pilotId, 'pilotId');
  const row =
    (sql(db, 'SELECT * FROM pilot_tracking WHERE pilot_id = ?').get(pilot.id) as SettingsRow | undefined) ?? DEFAULTS;
  return {
    pilotId: pilot.id,
    shop: row.shop,
    codePattern: row.code_pattern,
    codeMaxLength: Math.min(row.code_max_length, SHOP_MAX_CODE_LENGTH[row.shop]),
    discountKind: row.discount_kind,
    discountValue: row.discount_value,
    landingUrl: row.landing_url,
    utmSource: row.utm_source,
    utmMedium: row.utm_medium,
    utmCampaign: pilotSlug(pilot.name),
  };
}

export function setTrackingSettings(db: Database, input: ParsedInput<'assets.setSettings'>): TrackingSettings {
  return db.transaction(() => {
    const pilot = getPilot(db, input.pilotId, 'pilotId');
    const parsed =
      input.discountKind === 'percentage'
        ? parsePercent(input.discountValue)
        : parseMoney(input.discountValue, pilot.currency);
    if (!parsed.ok) throw ApiError.field('discountValue', parsed.message);
    if (parsed.value <= 0) throw ApiError.field('discountValue', 'The discount must be more than zero');
    sql(
      db,
      `INSERT INTO pilot_tracking (pilot_id, shop, code_pattern, code_max_length, discount_kind, discount_value,
         landing_url, utm_source, utm_medium, updated_at)
       VALUES (@pilotId, @shop, @pattern, @maxLength, @kind, @value, @landingUrl, @utmSource, @utmMedium, @now)
       ON CONFLICT (pilot_id) DO UPDATE SET shop = excluded.shop, code_pattern = excluded.code_pattern,
         code_max_length = excluded.code_max_length, discount_kind = excluded.discount_kind,
         discount_value = excluded.discount_value, landing_url = excluded.landing_url,
         utm_source = excluded.utm_source, utm_medium = excluded.utm_medium, updated_at = excluded.updated_at`,
    ).run({
      pilotId: pilot.id,
      shop: input.shop,
      pattern: input.codePattern,
      maxLength: Math.min(input.codeMaxLength, SHOP_MAX_CODE_LENGTH[input.shop]),
      kind: input.discountKind,
      value: parsed.value,
      landingUrl: input.landingUrl,
      utmSource: input.utmSource,
      utmMedium: input.utmMedium,
      now: nowIso(),
    });
    logActivity(db, 'assets.settings', 'pilot', pilot.id);
    return trackingSettings(db, pilot.id);
  })();
}
