/** Click imports (GA4, Dub) mapped to creators by their link parameters, and clicks typed by hand. */

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bucketCounts, importFile } from '../helpers/imports';
import { newWorkspace } from '../helpers/workspace';

const CLICKS = join(__dirname, '../fixtures/clicks');

async function springPilot() {
  const ws = newWorkspace();
  const pilot = await ws.ok('pilots.create', {
    name: 'Spring Glow creator pilot',
    brand: 'Fernleaf',
    currency: 'USD',
    startDate: '2026-03-01',
    endDate: '2026-03-31',
  });
  const add = (name: string, handle: string) =>
    ws.ok('creators.add', { pilotId: pilot.id, name, handles: [{ platform: 'instagram', handle }] });
  const maya = await add('Maya', 'mayamakes');
  const leo = await add('Leo', 'leoglows');
  const juni = await add('Juniper', 'junipertalks');
  return { ws, pilot, maya, leo, juni };
}

async function clicksBy(ws: ReturnType<typeof newWorkspace>, pilotId: number) {
  const days = await ws.ok('clicks.list', { pilotId });
  const out: Record<number, { days: number; clicks: number }> = {};
  for (const d of days) {
    const t = out[d.creatorId] ?? { days: 0, clicks: 0 };
    out[d.creatorId] = { days: t.days + 1, clicks: t.clicks + d.clicks };
  }
  return out;
}

describe('click imports', () => {
  it('reads a GA4 UTM report after its # preamble and maps rows to creators by campaign and content', async () => {
    const { ws, pilot, maya, leo, juni } = await springPilot();
    const file = { path: join(CLICKS, 'ga4-utm-report.csv') };
    const done = await importFile(ws, { kind: 'clicks', file, pilotId: pilot.id });
    expect(done.headerRow).toBe(10);
    expect(done.rowsRead).toBe(13);
    expect(bucketCounts(done)).toEqual({ added: 9, "excluded:not a link of this pilot's creators": 0 });
    expect(done.fileTotals.clicks).toBe(41 + 27 + 120 + 35 + 38 + 9 + 64 + 22 + 19 + 15 + 30 + 98 + 12);
    expect(await clicksBy(ws, pilot.id)).toEqual({
      [maya.id]: { days: 4, clicks: 131 },
      [leo.id]: { days: 3, clicks: 81 },
      [juni.id]: { days: 2, clicks: 21 },
    });

    const again = await importFile(ws, { kind: 'clicks', file, pilotId: pilot.id });
    expect(bucketCounts(again)).toMatchObject({ unchanged: 9 });
    expect(again.buckets.find((b) => b.bucket === 'added')).toBeUndefined();

    await ws.ok('imports.undo', { batchId: again.batchId });
    await ws.ok('imports.undo', { batchId: done.batchId });
    expect(await ws.ok('clicks.list', { pilotId: pilot.id })).toEqual([]);
  });

  it('counts one click per row of a Dub events export, by the day the row was written', async () => {
    const { ws, pilot, maya, leo, juni } = await springPilot();
    await importFile(ws, { kind: 'clicks', file: { path: join(CLICKS, 'dub-clicks-export.csv') }, pilotId: pilot.id });
    expect(await clicksBy(ws, pilot.id)).toEqual({
      [maya.id]: { days: 4, clicks: 10 },
      [leo.id]: { days: 3, clicks: 7 },
      [juni.id]: { days: 2, clicks: 3 },
    });
  });

  it("keeps a Dub links export's running totals as one figure, which a newer export replaces", async () => {
    const { ws, pilot, maya } = await springPilot();
    const file = { path: join(CLICKS, 'dub-links-export.csv') };
    const done = await importFile(ws, { kind: 'clicks', file, pilotId: pilot.id });
    expect(done.warnings.join(' ')).toMatch(/no dates/);
    const days = await ws.ok('clicks.list', { pilotId: pilot.id });
    expect(days.find((d) => d.creatorId === maya.id)).toEqual({
      creatorId: maya.id,
      day: '2026-03-01',
      clicks: 1843 + 58,
    });
    expect(days).toHaveLength(3);
  });

  it('takes clicks typed by hand and refuses a bad figure naming the field', async () => {
    const { ws, pilot, maya } = await springPilot();
    await ws.ok('clicks.set', { creatorId: maya.id, day: '2026-03-02', clicks: 12 });
    await ws.ok('clicks.set', { creatorId: maya.id, day: '2026-03-02', clicks: 15 });
    expect(await ws.ok('clicks.list', { pilotId: pilot.id })).toEqual([
      { creatorId: maya.id, day: '2026-03-02', clicks: 15 },
    ]);
    const bad = await ws.call('clicks.set', { creatorId: maya.id, day: '2026-03-02', clicks: -3 });
    expect(bad).toMatchObject({ ok: false, error: { field: 'clicks', message: expect.stringMatching(/negative/) } });
    const badDay = await ws.call('clicks.set', { creatorId: maya.id, day: '03/02/2026', clicks: 3 });
    expect(badDay).toMatchObject({ ok: false, error: { field: 'day' } });
  });
});
