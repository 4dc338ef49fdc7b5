import { describe, expect, it } from 'vitest';
import { dispatch, handlers } from '../../src/main/core/api';
import { METHODS } from '../../src/shared/api/contract';
import { newWorkspace } from '../helpers/workspace';

/**
 * Pins the API surface every face exposes. A new method must be added here on
 * purpose; a generic "read file", "run SQL" or "eval" method must never be.
 */
describe('API surface', () => {
  it('is exactly these methods, each with one handler', () => {
    expect([...METHODS].sort()).toEqual(
      [
        'brands.archive',
        'profiles.save',
        'profiles.list',
        'sourcing.board',
        'sourcing.setCriteria',
        'sourcing.addToPilot',
        'sourcing.move',
        'sourcing.undoMove',
        'sourcing.log',
        'sourcing.assignReviewers',
        'templates.list',
        'templates.save',
        'templates.lock',
        'templates.saveLocalVersion',
        'outreach.preview',
        'outreach.exportBatch',
        'outreach.logContact',
        'outreach.contacts',
        'outreach.due',
        'outreach.settings',
        'outreach.setSettings',
        'contracts.terms',
        'contracts.settings',
        'contracts.template',
        'contracts.generate',
        'contracts.setStatus',
        'contracts.list',
        'briefs.settings',
        'briefs.generate',
        'assets.settings',
        'assets.setSettings',
        'assets.generateCodes',
        'assets.setCode',
        'assets.buildLinks',
        'assets.exportCodes',
        'assets.checkDiscounts',
        'assets.exportQr',
        'posts.list',
        'posts.save',
        'posts.remove',
        'posts.review',
        'brands.bannedClaims',
        'content.check',
        'golive.check',
        'signoffs.list',
        'signoffs.set',
        'signoffs.sla',
        'signoffs.overdue',
        'timeline.get',
        'timeline.week',
        'brands.create',
        'brands.list',
        'brands.update',
        'clicks.list',
        'clicks.set',
        'creators.add',
        'creators.list',
        'creators.remove',
        'creators.update',
        'demo.load',
        'fraud.decide',
        'fraud.list',
        'imports.cancel',
        'imports.commit',
        'imports.list',
        'imports.start',
        'imports.status',
        'imports.undo',
        'lift.groups',
        'lift.list',
        'lift.run',
        'orders.export',
        'orders.get',
        'orders.list',
        'backups.list',
        'reports.export',
        'tables.export',
        'workspace.restore',
        'pilots.archive',
        'pilots.create',
        'pilots.get',
        'pilots.list',
        'pilots.update',
        'payouts.approve',
        'payouts.export',
        'payouts.list',
        'payouts.markPaid',
        'payouts.preview',
        'payouts.statement',
        'results.explain',
        'results.get',
        'review.check',
        'review.decide',
        'review.list',
        'workspace.backup',
        'workspace.create',
        'workspace.current',
        'workspace.open',
      ].sort(),
    );
    expect(Object.keys(handlers).sort()).toEqual([...METHODS].sort());
  });

  it('refuses unknown methods, prototype names and malformed inputs as data, never by throwing', async () => {
    const ws = newWorkspace();
    for (const name of ['sql.exec', '__proto__', 'constructor', 'toString', 'pilots.list.extra']) {
      expect(await dispatch(ws.session, name, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
    for (const bad of [null, 42, 'text', [], { id: '1; DROP TABLE pilots' }, { id: -1 }, { id: 1.5 }]) {
      const res = await dispatch(ws.session, 'pilots.get', bad);
      expect(res.ok).toBe(false);
    }
    expect(await dispatch(ws.session, 'pilots.list', { includeArchived: 'yes' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'includeArchived' },
    });
  });

  it('says clearly when no workspace is open', async () => {
    const ws = newWorkspace();
    ws.session.close();
    expect(await dispatch(ws.session, 'pilots.list', {})).toMatchObject({ ok: false, error: { code: 'no_workspace' } });
  });
});
