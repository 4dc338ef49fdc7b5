import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/main/core/workspace/session';
import { Settings } from '../../src/main/core/workspace/settings';
import { newWorkspace } from '../helpers/workspace';

describe('demo workspace', () => {
  it('loads one brand, one pilot with 12 coded creators and about three months of orders', async () => {
    const ws = newWorkspace();
    const demo = await ws.ok('demo.load', {});
    expect(demo.creators).toBe(12);
    const creators = await ws.ok('creators.list', { pilotId: demo.pilotId });
    expect(creators).toHaveLength(12);
    expect(creators.every((c) => c.discountCode && (c.commissionRateBp || c.cpaMinor) && c.stipendMinor)).toBe(true);

    const db = ws.session.db;
    const span = db
      .prepare('SELECT min(order_date) AS first, max(order_date) AS last, count(*) AS n FROM orders')
      .get() as {
      first: string;
      last: string;
      n: number;
    };
    expect(span).toMatchObject({ first: '2026-07-06', last: '2026-10-04' });
    expect(span.n).toBe(demo.orders);
    expect(span.n).toBeGreaterThan(2000);
    // Every creator's code is on orders, and only after they went live.
    const coded = db
      .prepare(
        `SELECT pc.discount_code AS code, count(o.id) AS n, min(o.order_date) AS first, pc.go_live_date AS live
         FROM pilot_creators pc JOIN order_codes oc ON oc.code = pc.discount_code JOIN orders o ON o.id = oc.order_id
         GROUP BY pc.id`,
      )
      .all() as { code: string; n: number; first: string; live: string }[];
    expect(coded).toHaveLength(12);
    for (const c of coded) expect(c.first >= c.live).toBe(true);
    // Real-world mess: refunds, a cancellation or pending order, a test order; no buyer personal data.
    const statuses = db.prepare('SELECT DISTINCT financial_status AS s FROM orders').pluck().all();
    expect(statuses).toEqual(expect.arrayContaining(['paid', 'refunded', 'partially_refunded', 'pending']));
    expect(db.prepare('SELECT count(*) FROM orders WHERE is_test = 1').pluck().get()).toBe(1);
    expect(db.prepare("SELECT count(*) FROM orders WHERE buyer_hash NOT GLOB '[0-9a-f]*'").pluck().get()).toBe(0);
    // Money adds up: total = subtotal + shipping + tax, lines net of discount = subtotal.
    const broken = db
      .prepare(
        `SELECT count(*) FROM orders o WHERE total_minor != subtotal_minor + shipping_minor + tax_minor
         OR subtotal_minor != (SELECT sum(quantity * unit_price_minor - discount_minor) FROM order_lines l WHERE l.order_id = o.id)`,
      )
      .pluck()
      .get();
    expect(broken).toBe(0);
  });

  it('is the same data on every load, and refuses to load twice', async () => {
    const a = newWorkspace();
    const b = newWorkspace();
    await a.ok('demo.load', {});
    await b.ok('demo.load', {});
    const sum = (s: Session) => s.db.prepare("SELECT count(*) || ':' || sum(total_minor) FROM orders").pluck().get();
    expect(sum(a.session)).toBe(sum(b.session));
    expect(await a.call('demo.load', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('comes with an approved outreach template and a local version that renders for its creators', async () => {
    const ws = newWorkspace();
    const demo = await ws.ok('demo.load', {});
    const [template] = await ws.ok('templates.list', {});
    expect(template?.lockedAt).not.toBeNull();
    expect(template?.localVersions.map((v) => v.name)).toEqual(['Canada (English)']);
    const [member] = await ws.ok('creators.list', { pilotId: demo.pilotId });
    await ws.ok('outreach.setSettings', { dailyCap: 50, senderName: 'Sam' });
    const [message] = await ws.ok('outreach.preview', {
      pilotId: demo.pilotId,
      templateId: template?.id as number,
      localVersionId: template?.localVersions[0]?.id,
      memberIds: [member?.id as number],
      deadline: '2026-12-14',
    });
    expect(message?.missing).toEqual([]);
    expect(message?.body).toContain('https://northwind-botanics.example/en-ca/pages/glow');
    expect(message?.body).toContain(`Hi ${member?.name.split(' ')[0]}`);
  });

  it('records how each creator went live: the gate finds nothing missing, sign-offs are dated before go-live', async () => {
    const ws = newWorkspace();
    const demo = await ws.ok('demo.load', {});
    const checks = await ws.ok('golive.check', { pilotId: demo.pilotId });
    expect(checks).toHaveLength(12);
    expect(checks.filter((c) => c.stage !== 'live' || c.problems.length > 0)).toEqual([]);
    const members = await ws.ok('creators.list', { pilotId: demo.pilotId });
    for (const m of await ws.ok('signoffs.list', { pilotId: demo.pilotId })) {
      const goLive = members.find((x) => x.id === m.memberId)?.goLiveDate as string;
      const before = m.checkpoints.filter((c) => c.checkpoint !== 'results_reviewed');
      for (const c of before) expect((c.signedAt as string).slice(0, 10) < goLive).toBe(true);
    }
    // Three creators' results are not reviewed yet, three days after the pilot's end plus the SLA.
    const overdue = await ws.ok('signoffs.overdue', { at: '2026-10-05T00:00:00Z' });
    expect(overdue.map((o) => o.checkpoint)).toEqual(Array(3).fill('results_reviewed'));
    expect(overdue[0]?.dueAt).toBe('2026-10-01T00:00:00.000Z');
    const posts = await ws.ok('posts.list', { pilotId: demo.pilotId });
    expect(posts).toHaveLength(12);
    expect(posts.filter((p) => p.status !== 'approved' || p.findings.length > 0)).toEqual([]);
    const [first] = members;
    const terms = await ws.ok('contracts.terms', { memberId: first?.id as number });
    expect(terms.model).toBe('hybrid');
  });
});

describe('backup', () => {
  it('writes a verified copy that opens with the same data', async () => {
    const ws = newWorkspace();
    await ws.ok('demo.load', {});
    const target = join(ws.dir, 'copies', 'backup.pilotdesk');
    const result = await ws.ok('workspace.backup', { path: target });
    expect(result.path).toBe(target);
    expect(result.bytes).toBeGreaterThan(0);
    const copy = new Session(new Settings(join(ws.dir, 'other')));
    copy.open(target, 'open');
    expect(copy.info()).toMatchObject({ pilotCount: 1, orderCount: ws.session.info().orderCount });
    copy.close();
  });

  it('never overwrites a file or the open workspace', async () => {
    const ws = newWorkspace();
    expect(await ws.call('workspace.backup', { path: ws.path })).toMatchObject({ ok: false, error: { field: 'path' } });
    await ws.ok('workspace.backup', { path: join(ws.dir, 'b.pilotdesk') });
    expect(await ws.call('workspace.backup', { path: join(ws.dir, 'b.pilotdesk') })).toMatchObject({
      ok: false,
      error: { field: 'path' },
    });
  });
});

describe('workspace methods', () => {
  it('creates and opens workspaces by path, refusing to create over a file', async () => {
    const ws = newWorkspace();
    const other = join(ws.dir, 'client-b.pilotdesk');
    expect(await ws.ok('workspace.create', { path: other })).toMatchObject({ name: 'client-b', pilotCount: 0 });
    expect(await ws.call('workspace.create', { path: ws.path })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await ws.ok('workspace.open', { path: ws.path })).toMatchObject({ name: 'test' });
    expect(await ws.call('workspace.open', { path: join(ws.dir, 'missing.pilotdesk') })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'path' },
    });
  });
});
