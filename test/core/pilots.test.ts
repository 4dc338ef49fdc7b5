import { describe, expect, it } from 'vitest';
import { newWorkspace } from '../helpers/workspace';

const spring = {
  name: 'Spring launch',
  brand: 'Acme Skin',
  market: 'US',
  currency: 'usd',
  startDate: '2026-03-01',
  endDate: '2026-04-30',
  targetCac: '25.00',
  targetAov: '60',
  targetConversion: '2.5',
  targetRepeatRate: '20%',
  budget: '5,000.00',
  creatorCap: '400',
};

describe('pilots', () => {
  it('stores every setting exactly: money in minor units, rates in basis points', async () => {
    const ws = newWorkspace();
    const pilot = await ws.ok('pilots.create', spring);
    expect(pilot).toMatchObject({
      name: 'Spring launch',
      brandName: 'Acme Skin',
      currency: 'USD',
      targetCacMinor: 2500,
      targetAovMinor: 6000,
      targetConversionBp: 250,
      targetRepeatRateBp: 2000,
      budgetMinor: 500000,
      creatorCapMinor: 40000,
      minSample: 10,
      attributionMethod: 'code',
      attributionWindowDays: 30,
      returnWindowDays: 30,
      baselineMethod: 'none',
      objective: 'sales',
      status: 'planning',
      archived: false,
    });
    expect(await ws.ok('pilots.get', { id: pilot.id })).toEqual(pilot);
    expect(await ws.ok('brands.list', {})).toMatchObject([{ name: 'Acme Skin', pilotCount: 1 }]);
  });

  it('reuses a brand named in any case', async () => {
    const ws = newWorkspace();
    const a = await ws.ok('pilots.create', spring);
    const b = await ws.ok('pilots.create', { ...spring, name: 'Autumn', brand: 'ACME SKIN' });
    expect(b.brandId).toBe(a.brandId);
  });

  it('names every bad field and saves nothing', async () => {
    const ws = newWorkspace();
    const res = await ws.call('pilots.create', {
      ...spring,
      currency: 'DOLLARS',
      endDate: '2026-02-01',
      attributionWindowDays: -1,
      objective: 'fame',
    });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    const fields = res.error.issues?.map((i) => i.field).sort();
    expect(fields).toEqual(['attributionWindowDays', 'currency', 'objective']);

    const dates = await ws.call('pilots.create', { ...spring, endDate: '2026-02-01' });
    expect(dates).toMatchObject({ ok: false, error: { field: 'endDate' } });
    const empty = await ws.call('pilots.create', { ...spring, startDate: '', endDate: '2026-02-30' });
    expect(empty.ok).toBe(false);
    if (!empty.ok) {
      expect(empty.error.issues).toEqual([
        { field: 'startDate', message: 'Start date is required' },
        { field: 'endDate', message: 'End date must be a date like 2026-03-01' },
      ]);
    }

    // Amounts and rates are checked in the same pass as every other field...
    const money = await ws.call('pilots.create', { ...spring, name: '', budget: 'lots', targetConversion: '150' });
    expect(money.ok).toBe(false);
    if (!money.ok)
      expect(money.error.issues?.map((i) => i.field).sort()).toEqual(['budget', 'name', 'targetConversion']);
    // ...and their decimals against the currency once the currency is known.
    const decimals = await ws.call('pilots.create', { ...spring, targetCac: '12.345', creatorCap: '1.5.0' });
    expect(decimals).toMatchObject({ ok: false, error: { field: 'creatorCap' } });
    const cac = await ws.call('pilots.create', { ...spring, targetCac: '12.345' });
    expect(cac).toMatchObject({
      ok: false,
      error: { field: 'targetCac', message: 'targetCac: USD has 2 decimal places at most' },
    });

    const extra = await ws.call('pilots.create', { ...spring, sql: 'DROP TABLE pilots' });
    expect(extra).toMatchObject({ ok: false, error: { field: 'sql', message: 'sql: is not a known field' } });

    expect(await ws.ok('pilots.list', {})).toEqual([]);
    expect(await ws.ok('brands.list', {})).toEqual([]);
  });

  it('edits, archives and restores a pilot', async () => {
    const ws = newWorkspace();
    const pilot = await ws.ok('pilots.create', spring);
    const edited = await ws.ok('pilots.update', {
      ...spring,
      id: pilot.id,
      name: 'Spring launch v2',
      status: 'live',
      minSample: 20,
    });
    expect(edited).toMatchObject({ name: 'Spring launch v2', status: 'live', minSample: 20 });
    await ws.ok('pilots.archive', { id: pilot.id, archived: true });
    expect(await ws.ok('pilots.list', {})).toEqual([]);
    expect(await ws.ok('pilots.list', { includeArchived: true })).toMatchObject([{ id: pilot.id, archived: true }]);
    await ws.ok('pilots.archive', { id: pilot.id, archived: false });
    expect(await ws.ok('pilots.list', {})).toHaveLength(1);
  });

  it('keeps a pilot currency once creators have amounts in it', async () => {
    const ws = newWorkspace();
    const pilot = await ws.ok('pilots.create', spring);
    await ws.ok('creators.add', { pilotId: pilot.id, name: 'Ann', handles: [{ handle: 'ann' }], stipend: '100' });
    const res = await ws.call('pilots.update', { ...spring, id: pilot.id, currency: 'JPY', targetCac: '2500' });
    expect(res).toMatchObject({ ok: false, error: { field: 'currency' } });
    expect((await ws.ok('pilots.get', { id: pilot.id })).currency).toBe('USD');
  });

  it('reports a missing pilot as not found, naming the id', async () => {
    const ws = newWorkspace();
    expect(await ws.call('pilots.get', { id: 99 })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'id' },
    });
  });

  it('manages brands: create, rename, archive', async () => {
    const ws = newWorkspace();
    const brand = await ws.ok('brands.create', { name: 'Northwind' });
    expect(await ws.call('brands.create', { name: 'northwind' })).toMatchObject({
      ok: false,
      error: { field: 'name' },
    });
    expect(await ws.ok('brands.update', { id: brand.id, name: 'Northwind Co' })).toMatchObject({
      name: 'Northwind Co',
    });
    expect(await ws.ok('brands.archive', { id: brand.id, archived: true })).toMatchObject({ archived: true });
  });
});
