import { describe, expect, it } from 'vitest';
import { newWorkspace } from '../helpers/workspace';

async function demo() {
  const ws = newWorkspace();
  const { pilotId } = await ws.ok('demo.load', {});
  return { ws, pilotId };
}

const count = (ws: ReturnType<typeof newWorkspace>, table: string) =>
  ws.session.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('the repeat decision through the API', () => {
  it('ranks every creator of the demo pilot with a suggestion and its reason', async () => {
    const { ws, pilotId } = await demo();
    const review = await ws.ok('review.list', { pilotId });
    const { creators } = await ws.ok('results.get', { pilotId });
    expect(review).toMatchObject({ pilotId, currency: 'USD', targetCacMinor: 3000, minSample: 10, topCount: 3 });
    expect(review.rows).toHaveLength(creators.length);
    expect(review.rows.map((r) => r.rank)).toEqual(creators.map((_, i) => i + 1));
    // Ranked by CAC, lowest first, creators without a CAC last.
    const cacs = review.rows.map((r) => r.cacMinor ?? Number.POSITIVE_INFINITY);
    expect(cacs).toEqual([...cacs].sort((a, b) => a - b));
    expect(review.rows.filter((r) => r.top20).length).toBeLessThanOrEqual(3);
    for (const row of review.rows) {
      const result = creators.find((c) => c.id === row.pilotCreatorId);
      expect(row).toMatchObject({ cacMinor: result?.cacMinor, netOrders: result?.netOrders, verdict: result?.verdict });
      expect(row.reason.length).toBeGreaterThan(10);
      if (row.verdict === 'met' && row.top20) expect(row.suggestion).toBe('renew');
      if (row.verdict === 'missed') expect(row.suggestion).toBe('stop');
      if (row.netOrders < 10) expect(row.suggestion).toBe('probation');
    }
  });

  it('records checks with the day’s figures and decisions with their history; the latest decision wins', async () => {
    const { ws, pilotId } = await demo();
    const [row] = (await ws.ok('review.list', { pilotId })).rows;
    if (!row) throw new Error('no creators');
    const id = row.pilotCreatorId;

    const check = await ws.ok('review.check', { pilotCreatorId: id, by: 'Dana', note: 'first look' });
    expect(check).toMatchObject({
      pilotCreatorId: id,
      cacMinor: row.cacMinor,
      targetCacMinor: 3000,
      iroas: row.iroas,
      netOrders: row.netOrders,
      verdict: row.verdict,
      met: row.verdict === 'met',
      note: 'first look',
      by: 'Dana',
    });
    await ws.ok('review.decide', { pilotCreatorId: id, decision: 'probation', note: 'one more month', by: 'Dana' });
    const last = await ws.ok('review.decide', {
      pilotCreatorId: id,
      decision: 'renew',
      note: 'client agrees',
      by: 'Sam',
    });
    expect(last).toMatchObject({ decision: 'renew', note: 'client agrees', by: 'Sam' });

    const after = (await ws.ok('review.list', { pilotId })).rows.find((r) => r.pilotCreatorId === id);
    expect(after?.decision).toEqual(last);
    expect(after?.note).toBe('client agrees');
    expect(after?.checks).toEqual([check]);
    expect(count(ws, 'creator_decisions')).toBe(2);
    const log = ws.session.db
      .prepare("SELECT action FROM activity_log WHERE action LIKE 'review.%' AND subject_id = ? ORDER BY id")
      .pluck()
      .all(id);
    expect(log).toEqual(['review.check', 'review.decide', 'review.decide']);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const { ws, pilotId } = await demo();
    const [row] = (await ws.ok('review.list', { pilotId })).rows;
    const id = row?.pilotCreatorId as number;
    const before = [count(ws, 'creator_checks'), count(ws, 'creator_decisions'), count(ws, 'activity_log')];
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['review.decide', { pilotCreatorId: id, decision: 'maybe', by: 'Dana' }, 'invalid_input', 'decision'],
      ['review.decide', { pilotCreatorId: id, decision: 'stop', by: '  ' }, 'invalid_input', 'by'],
      ['review.decide', { pilotCreatorId: 99999, decision: 'stop', by: 'Dana' }, 'not_found', 'pilotCreatorId'],
      ['review.check', { pilotCreatorId: 99999, by: 'Dana' }, 'not_found', 'pilotCreatorId'],
      ['review.check', { pilotCreatorId: id, by: 'Dana', extra: 1 }, 'invalid_input', 'extra'],
      ['review.list', { pilotId: 99999 }, 'not_found', 'pilotId'],
    ];
    for (const [method, input, code, field] of cases) {
      const res = await ws.call(method as 'review.decide', input);
      expect(res, `${method} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code, field } });
    }
    expect([count(ws, 'creator_checks'), count(ws, 'creator_decisions'), count(ws, 'activity_log')]).toEqual(before);
  });
});
