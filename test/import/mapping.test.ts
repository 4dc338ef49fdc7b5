/**
 * A layout no format knows: the preview asks for a mapping and refuses to
 * commit without one; the mapping the user picks is remembered by the
 * header's signature, so the next file with that header reads at once.
 */

import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile, preview } from '../helpers/imports';
import { newWorkspace } from '../helpers/workspace';
import { ORDER_FIXTURES } from './fixtures-manifest';

const generic = ORDER_FIXTURES.find((f) => f.format === 'mapped');
const FILE = join(__dirname, '../fixtures/orders', generic?.file ?? '');

describe('an unknown layout', () => {
  it('asks for a mapping once, then remembers it for files with the same header', async () => {
    const ws = newWorkspace();
    const pilot = await ws.ok('pilots.create', {
      name: 'Summer',
      brand: 'Wix shop',
      currency: generic?.currency[0] ?? 'EUR',
      startDate: '2026-07-01',
      endDate: '2026-07-31',
    });
    const brandId = pilot.brandId as number;

    const first = await preview(ws, { kind: 'orders', file: { path: FILE }, brandId });
    expect(first.preview?.needsMapping).toBe(true);
    expect(first.preview?.headers).toContain('Order number');
    expect(await ws.call('imports.commit', { jobId: first.id })).toMatchObject({
      ok: false,
      error: { field: 'mapping' },
    });

    const mapped = await importFile(ws, {
      kind: 'orders',
      file: { path: FILE },
      brandId,
      format: 'mapped',
      mapping: generic?.mapping,
    });
    expect(mapped.format.id).toBe('mapped');
    expect(mapped.dateOrder).toBe('dmy');
    expect(mapped.decimalMark).toBe(',');

    const next = join(ws.dir, 'orders-august.csv');
    copyFileSync(FILE, next);
    const again = await preview(ws, { kind: 'orders', file: { path: next }, brandId });
    expect(again.preview?.needsMapping).toBe(false);
    expect(again.preview?.columns.find((c) => c.field === 'orderId')?.header).toBe('Order number');
    expect(again.preview?.buckets.map((b) => b.bucket)).toContain('unchanged');
  });
});
