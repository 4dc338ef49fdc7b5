/** A workspace with a pilot and helpers to add members and orders for codes and links tests. */

import type { InputOf } from '../../src/shared/api/contract';
import type { Platform } from '../../src/shared/entities';
import { newWorkspace } from '../helpers/workspace';

process.env.PILOTDESK_USER = 'Ana Test';

export async function assetsWorkspace(name = 'Spring Glow') {
  const ws = newWorkspace();
  const pilot = await ws.ok('pilots.create', {
    name,
    currency: 'USD',
    startDate: '2026-03-01',
    endDate: '2026-03-31',
    attributionMethod: 'both',
  });
  const add = async (memberName: string, handle: string, extra: Partial<InputOf<'creators.add'>> = {}) =>
    ws.ok('creators.add', {
      pilotId: pilot.id,
      name: memberName,
      handles: [{ platform: 'instagram' as Platform, handle }],
      stage: 'contracted',
      ...extra,
    });
  /** An imported order as the importer stores it: one batch, optional codes and landing page. */
  const order = (externalId: string, day: string, codes: string[] = [], utm: Record<string, string> = {}) => {
    const db = ws.session.db;
    const batch = Number(
      db
        .prepare(
          "INSERT INTO import_batches (file_name, content_hash, format, imported_at, rows_read, orders_added) VALUES ('t.csv', ?, 'shopify', '2026-03-01T00:00:00Z', 1, 1)",
        )
        .run(externalId).lastInsertRowid,
    );
    const id = Number(
      db
        .prepare(
          `INSERT INTO orders (batch_id, source, external_id, order_date, currency, subtotal_minor, discount_minor,
             shipping_minor, tax_minor, total_minor, refunded_minor, financial_status, is_test, landing_url,
             utm_source, utm_medium, utm_campaign, utm_content)
           VALUES (?, 'shopify', ?, ?, 'USD', 5000, 0, 0, 0, 5000, 0, 'paid', 0, ?, ?, ?, ?, ?)`,
        )
        .run(
          batch,
          externalId,
          day,
          utm.landing ?? null,
          utm.source ?? null,
          utm.medium ?? null,
          utm.campaign ?? null,
          utm.content ?? null,
        ).lastInsertRowid,
    );
    codes.forEach((code, i) => {
      db.prepare('INSERT INTO order_codes (order_id, position, code) VALUES (?, ?, ?)').run(id, i, code);
    });
    return id;
  };
  const creditedTo = (orderId: number) =>
    (
      ws.session.db.prepare('SELECT pilot_creator_id FROM attributions WHERE order_id = ?').get(orderId) as
        | { pilot_creator_id: number }
        | undefined
    )?.pilot_creator_id ?? null;
  return { ...ws, pilot, add, order, creditedTo };
}
