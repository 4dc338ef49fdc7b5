/** Results over the demo workspace: deterministic, summed, finite; fast enough to recompute on every view. */

import { describe, expect, it } from 'vitest';
import type { Figures } from '../../src/shared/results';
import { newWorkspace } from '../helpers/workspace';

describe('results of the demo pilot', () => {
  it('are identical when computed twice on unchanged data', async () => {
    const ws = newWorkspace();
    const demo = await ws.ok('demo.load', {});
    const first = await ws.ok('results.get', { pilotId: demo.pilotId });
    const second = await ws.ok('results.get', { pilotId: demo.pilotId });
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));

    const sum = (of: (f: Figures) => number) => first.creators.reduce((t, c) => t + of(c), 0);
    expect(first.pilot.netOrders).toBe(sum((f) => f.netOrders));
    expect(first.pilot.revenueMinor).toBe(sum((f) => f.revenueMinor));
    expect(first.pilot.newCustomers).toBe(sum((f) => f.newCustomers));
    expect(first.pilot.costMinor).toBe(sum((f) => f.costMinor));
    expect(first.pilot.commissionMinor).toBe(sum((f) => f.commissionMinor));
    const numbers = JSON.stringify(first).match(/NaN|Infinity/);
    expect(numbers).toBeNull();

    // The series behind the chart adds up to the same totals.
    expect(first.series.reduce((t, p) => t + p.revenueMinor, 0)).toBe(first.pilot.revenueMinor);
    expect(first.series.reduce((t, p) => t + p.netOrders, 0)).toBe(first.pilot.netOrders);
  });
});
