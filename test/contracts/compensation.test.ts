import { describe, expect, it } from 'vitest';
import { compensationSummary } from '../../src/main/core/contracts/compensation';
import type { PilotCreator } from '../../src/shared/entities';
import { pilotWithCreator } from './setup';

const none: Parameters<typeof compensationSummary>[1] = {
  stipendMinor: null,
  productUnits: null,
  productUnitCostMinor: null,
  commissionRateBp: null,
  commissionTiers: [],
  cpaMinor: null,
  cpaBasis: 'net_order',
  bonusMetric: null,
  bonusThreshold: null,
  bonusMinor: null,
};

describe('compensation models', () => {
  it('says a hybrid deal in words, tiers and bonus included', async () => {
    const { ws, member } = await pilotWithCreator();
    const terms = await ws.ok('contracts.terms', { memberId: member.id, model: 'hybrid' });
    expect(terms.model).toBe('hybrid');
    expect(terms.summary).toBe(
      '150.00 USD stipend, 10% commission, rising to 15% above 1,500.00 USD of revenue; a 100.00 USD bonus at 25 net orders',
    );
    expect(terms.usageRightsDays).toBe(30);
    // Stored: read back without setting.
    expect((await ws.ok('contracts.terms', { memberId: member.id })).model).toBe('hybrid');
    const cleared = await ws.ok('contracts.terms', { memberId: member.id, model: null });
    expect(cleared).toMatchObject({ model: null, summary: null });
  });

  it('says a single model by its own amount only', async () => {
    const { ws, member } = await pilotWithCreator();
    expect((await ws.ok('contracts.terms', { memberId: member.id, model: 'stipend' })).summary).toBe(
      '150.00 USD stipend',
    );
    expect((await ws.ok('contracts.terms', { memberId: member.id, model: 'performance_bonus' })).summary).toBe(
      'A 100.00 USD bonus at 25 net orders',
    );
  });

  it('words seed, CPA per new customer, revenue bonuses and zero-decimal currencies', () => {
    const m = { ...none, productUnits: 3, productUnitCostMinor: 1500 };
    expect(compensationSummary('product_seed', m, 'USD')).toBe('3 product units (15.00 USD each at cost)');
    expect(compensationSummary('cpa', { ...none, cpaMinor: 2000, cpaBasis: 'new_customer' }, 'EUR')).toBe(
      '20.00 EUR per new customer',
    );
    const bonus: Partial<PilotCreator> = { bonusMetric: 'revenue', bonusThreshold: 500000, bonusMinor: 25000 };
    expect(compensationSummary('performance_bonus', { ...none, ...bonus }, 'USD')).toBe(
      'A 250.00 USD bonus at 5,000.00 USD of revenue',
    );
    expect(compensationSummary('stipend', { ...none, stipendMinor: 20000 }, 'JPY')).toBe('20,000 JPY stipend');
    expect(compensationSummary(null, m, 'USD')).toBeNull();
    expect(compensationSummary('stipend', m, 'USD')).toBeNull();
  });

  it('refuses a model whose amounts are missing, naming the field', async () => {
    const { ws, member } = await pilotWithCreator({ stipend: null, commissionRate: null, commissionTiers: [] });
    const stipend = await ws.call('contracts.terms', { memberId: member.id, model: 'stipend' });
    expect(stipend.ok).toBe(false);
    if (!stipend.ok) expect(stipend.error.field).toBe('stipend');
    const seed = await ws.call('contracts.terms', { memberId: member.id, model: 'product_seed' });
    if (seed.ok) throw new Error('seed without units was accepted');
    expect(seed.error.issues?.map((i) => i.field)).toEqual(['productUnits', 'productUnitCost']);
    const cpa = await ws.call('contracts.terms', { memberId: member.id, model: 'cpa' });
    if (cpa.ok) throw new Error('cpa without amount was accepted');
    expect(cpa.error.field).toBe('cpa');
    // Only the bonus is complete: a hybrid needs two parts.
    const hybrid = await ws.call('contracts.terms', { memberId: member.id, model: 'hybrid' });
    if (hybrid.ok) throw new Error('a one-part hybrid was accepted');
    expect(hybrid.error.field).toBe('model');
    expect((await ws.ok('contracts.terms', { memberId: member.id })).model).toBeNull();
  });

  it('keeps a usage rights window per member over the pilot default', async () => {
    const { ws, pilot, member } = await pilotWithCreator();
    expect(await ws.ok('contracts.settings', { pilotId: pilot.id, usageRightsDays: 60 })).toEqual({
      pilotId: pilot.id,
      usageRightsDays: 60,
      paymentNetDays: 30,
    });
    expect((await ws.ok('contracts.terms', { memberId: member.id })).usageRightsDays).toBe(60);
    const own = await ws.ok('contracts.terms', { memberId: member.id, usageRightsDays: 90 });
    expect(own).toMatchObject({ usageRightsDays: 90, ownUsageRights: true });
    const back = await ws.ok('contracts.terms', { memberId: member.id, usageRightsDays: null });
    expect(back).toMatchObject({ usageRightsDays: 60, ownUsageRights: false });
    const bad = await ws.call('contracts.terms', { memberId: member.id, usageRightsDays: -1 });
    if (bad.ok) throw new Error('negative window accepted');
    expect(bad.error.field).toBe('usageRightsDays');
    const unknown = await ws.call('contracts.terms', { memberId: 999, model: 'stipend' });
    if (unknown.ok) throw new Error('unknown member accepted');
    expect(unknown.error).toMatchObject({ code: 'not_found', field: 'memberId' });
  });
});
