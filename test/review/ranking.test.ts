import { describe, expect, it } from 'vitest';
import {
  passedProbation,
  type ReviewedCreator,
  type ReviewHistory,
  rankCreators,
  topCount,
} from '../../src/main/core/review/ranking';
import type { CreatorCheck, Decision } from '../../src/shared/review';

const targets = { currency: 'USD', targetCacMinor: 3000, minSample: 10 };

let nextId = 1;
function creator(over: Partial<ReviewedCreator> & { cacMinor: number | null }): ReviewedCreator {
  const id = over.id ?? nextId++;
  const netOrders = over.netOrders ?? 20;
  const verdict =
    over.verdict ??
    (netOrders < targets.minSample
      ? 'not_enough_data'
      : over.cacMinor !== null && over.cacMinor <= targets.targetCacMinor
        ? 'met'
        : 'missed');
  return { name: `Creator ${id}`, handle: null, iroas: 1, reasons: {}, ...over, id, netOrders, verdict };
}

function check(day: string, met: boolean, id = nextId++): CreatorCheck {
  return {
    id,
    pilotCreatorId: 0,
    checkedAt: `${day}T10:00:00.000Z`,
    cacMinor: met ? 2500 : 3500,
    targetCacMinor: 3000,
    iroas: 1,
    netOrders: 20,
    verdict: met ? 'met' : 'missed',
    met,
    note: null,
    by: 'Dana',
  };
}

function history(checks: CreatorCheck[], decision: Decision | null = null): ReviewHistory {
  return {
    checks,
    decision: decision && { id: 1, pilotCreatorId: 0, decision, note: 'n', by: 'Dana', decidedAt: '2026-01-01' },
  };
}

/** Ranks `subject` among four stronger creators, so it is never in the top 20 % of five. */
function rowOf(subject: ReviewedCreator, h?: ReviewHistory) {
  const others = [100, 200, 300, 400].map((cac) => creator({ cacMinor: cac }));
  const rows = rankCreators([...others, subject], targets, new Map(h ? [[subject.id, h]] : []));
  const row = rows.find((r) => r.pilotCreatorId === subject.id);
  if (!row) throw new Error('subject not ranked');
  return row;
}

describe('ranking', () => {
  it('ranks by CAC against the target, lowest first, ties by iROAS, no CAC last', () => {
    const a = creator({ cacMinor: 2000, iroas: 1.5 });
    const b = creator({ cacMinor: 1500, iroas: 0.5 });
    const c = creator({ cacMinor: 2000, iroas: 2.5 });
    const d = creator({ cacMinor: null, iroas: 9 });
    const e = creator({ cacMinor: 2000, iroas: null });
    const rows = rankCreators([a, b, c, d, e], targets, new Map());
    expect(rows.map((r) => r.pilotCreatorId)).toEqual([b.id, c.id, a.id, e.id, d.id]);
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it('marks the top 20 %, rounded up, in whole numbers', () => {
    expect([1, 4, 5, 6, 10, 11, 15, 50].map(topCount)).toEqual([1, 1, 1, 2, 2, 3, 3, 10]);
    const fifteen = Array.from({ length: 15 }, (_, i) => creator({ cacMinor: 1000 + i }));
    const rows = rankCreators(fifteen, targets, new Map());
    expect(rows.filter((r) => r.top20).map((r) => r.rank)).toEqual([1, 2, 3]);
  });

  it('never marks a creator without a CAC as top 20 %', () => {
    const rows = rankCreators([creator({ cacMinor: null }), creator({ cacMinor: null })], targets, new Map());
    expect(rows.some((r) => r.top20)).toBe(false);
  });
});

describe('suggestions', () => {
  it('not enough data: probation, naming the sample', () => {
    const row = rowOf(creator({ cacMinor: 500, netOrders: 9 }));
    expect(row.suggestion).toBe('probation');
    expect(row.reason).toContain('Not enough data: 9 net orders');
    expect(row.reason).toContain('minimum sample of 10');
  });

  it('not enough data wins even for the top creator', () => {
    const rows = rankCreators([creator({ cacMinor: 1, netOrders: 3 })], targets, new Map());
    expect(rows[0]).toMatchObject({ top20: true, suggestion: 'probation' });
  });

  it('no target CAC: probation, asking for one', () => {
    const c = creator({ cacMinor: 500, verdict: 'no_target' });
    const rows = rankCreators([c], { ...targets, targetCacMinor: null }, new Map());
    expect(rows[0]?.suggestion).toBe('probation');
    expect(rows[0]?.reason).toContain('no target CAC');
  });

  it('met target and top 20 %: renew', () => {
    const best = creator({ cacMinor: 50 });
    const rows = rankCreators(
      [best, ...[100, 200, 300, 400].map((cac) => creator({ cacMinor: cac }))],
      targets,
      new Map(),
    );
    expect(rows[0]).toMatchObject({ pilotCreatorId: best.id, top20: true, suggestion: 'renew' });
    expect(rows[0]?.reason).toBe('Met target (CAC $0.50 at or below $30.00) and in the top 20% (rank 1 of 5).');
  });

  it('met target outside the top 20 % without checks: probation until two checks', () => {
    const row = rowOf(creator({ cacMinor: 2900 }));
    expect(row).toMatchObject({ top20: false, suggestion: 'probation' });
    expect(row.reason).toContain('two checks at least 30 days apart');
    expect(row.reason).toContain('no checks yet');
  });

  it('probation passes on met checks 30 days apart, not 29', () => {
    const subject = creator({ cacMinor: 2900 });
    const thirty = rowOf(subject, history([check('2026-01-01', true), check('2026-01-31', true)], 'probation'));
    expect(thirty.suggestion).toBe('renew');
    expect(thirty.reason).toContain('checks on 2026-01-01 and 2026-01-31, 30 days apart');
    const twentyNine = rowOf(subject, history([check('2026-01-01', true), check('2026-01-30', true)], 'probation'));
    expect(twentyNine.suggestion).toBe('probation');
    expect(twentyNine.reason).toContain('only 29 days apart');
    expect(passedProbation([check('2026-01-01', true), check('2026-01-31', true)])).toBe(true);
    expect(passedProbation([check('2026-01-01', true), check('2026-01-30', true)])).toBe(false);
  });

  it('probation needs both checks to meet target, and the latest to be one of them', () => {
    expect(passedProbation([check('2026-01-01', false), check('2026-02-15', true)])).toBe(false);
    expect(passedProbation([check('2026-01-01', true), check('2026-02-15', false)])).toBe(false);
    // A missed check in between breaks the run: only Feb 10 and Mar 1 count (19 days).
    expect(
      passedProbation([
        check('2026-01-01', true),
        check('2026-02-01', false),
        check('2026-02-10', true),
        check('2026-03-01', true),
      ]),
    ).toBe(false);
    // Order of the list does not matter, only the dates.
    expect(passedProbation([check('2026-03-05', true), check('2026-01-01', true), check('2026-02-01', true)])).toBe(
      true,
    );
    expect(passedProbation([check('2026-01-01', true)])).toBe(false);
  });

  it('missed target: stop, with the CAC and the target', () => {
    const row = rowOf(creator({ cacMinor: 4500 }));
    expect(row.suggestion).toBe('stop');
    expect(row.reason).toBe('Missed target (CAC $45.00 above $30.00).');
  });

  it('missed target without a CAC: stop, with the reason the CAC is missing', () => {
    const row = rowOf(creator({ cacMinor: null, reasons: { cacMinor: 'no new customers' } }));
    expect(row).toMatchObject({ suggestion: 'stop', reason: 'Missed target: no CAC (no new customers).' });
  });

  it('missed target on probation with a passing latest check: probation', () => {
    const subject = creator({ cacMinor: 4500 });
    const row = rowOf(subject, history([check('2026-01-01', true)], 'probation'));
    expect(row.suggestion).toBe('probation');
    expect(row.reason).toContain('on probation with a passing check on 2026-01-01');
  });

  it('missed target on probation whose latest check missed: stop', () => {
    const row = rowOf(
      creator({ cacMinor: 4500 }),
      history([check('2026-01-01', true), check('2026-02-01', false)], 'probation'),
    );
    expect(row.suggestion).toBe('stop');
  });

  it('missed target with a passing check but not on probation: stop', () => {
    const row = rowOf(creator({ cacMinor: 4500 }), history([check('2026-01-01', true)], 'renew'));
    expect(row.suggestion).toBe('stop');
  });

  it('carries the latest decision and its note, and checks newest first', () => {
    const subject = creator({ cacMinor: 4500 });
    const row = rowOf(subject, history([check('2026-01-01', true, 500), check('2026-02-01', false, 501)], 'stop'));
    expect(row.decision?.decision).toBe('stop');
    expect(row.note).toBe('n');
    expect(row.checks.map((c) => c.id)).toEqual([501, 500]);
  });
});
