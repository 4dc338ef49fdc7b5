import { describe, expect, it } from 'vitest';
import { pilotWithCreator } from './setup';

describe('contract status', () => {
  it('moves draft -> sent -> signed, each with its date and who', async () => {
    const { ws, member, pilot } = await pilotWithCreator();
    const [before] = await ws.ok('contracts.list', { pilotId: pilot.id });
    expect(before).toMatchObject({ memberId: member.id, name: 'Maya Chen', status: null, filePath: null });
    await ws.ok('contracts.setStatus', { memberId: member.id, status: 'draft', date: '2026-02-20', by: 'Ana' });
    await ws.ok('contracts.setStatus', { memberId: member.id, status: 'sent', date: '2026-02-21', by: 'Ana' });
    const signed = await ws.ok('contracts.setStatus', {
      memberId: member.id,
      status: 'signed',
      date: '2026-02-24',
      by: 'Ben',
    });
    expect(signed).toMatchObject({
      status: 'signed',
      draft: { date: '2026-02-20', by: 'Ana' },
      sent: { date: '2026-02-21', by: 'Ana' },
      signed: { date: '2026-02-24', by: 'Ben' },
    });
    expect(await ws.ok('contracts.list', { pilotId: pilot.id })).toEqual([signed]);
  });

  it('refuses to move backwards or repeat a step, with the reason', async () => {
    const { ws, member } = await pilotWithCreator();
    await ws.ok('contracts.setStatus', { memberId: member.id, status: 'sent', date: '2026-02-21' });
    const back = await ws.call('contracts.setStatus', { memberId: member.id, status: 'draft' });
    if (back.ok) throw new Error('moved backwards');
    expect(back.error).toMatchObject({ code: 'conflict', field: 'status' });
    expect(back.error.message).toBe("Maya Chen's contract is sent since 2026-02-21; it cannot go back to draft");
    const again = await ws.call('contracts.setStatus', { memberId: member.id, status: 'sent' });
    if (again.ok) throw new Error('sent twice');
    expect(again.error.message).toBe("Maya Chen's contract is already sent (2026-02-21)");
    await ws.ok('contracts.setStatus', { memberId: member.id, status: 'signed', date: '2026-02-22' });
    const unsign = await ws.call('contracts.setStatus', { memberId: member.id, status: 'sent' });
    expect(unsign.ok).toBe(false);
  });

  it('refuses a date before the step before it, and a bad date or status by field', async () => {
    const { ws, member } = await pilotWithCreator();
    await ws.ok('contracts.setStatus', { memberId: member.id, status: 'sent', date: '2026-02-21' });
    const early = await ws.call('contracts.setStatus', { memberId: member.id, status: 'signed', date: '2026-02-20' });
    if (early.ok) throw new Error('signed before sent');
    expect(early.error.field).toBe('date');
    expect(early.error.message).toContain('before the contract was sent (2026-02-21)');
    const bad = await ws.call('contracts.setStatus', { memberId: member.id, status: 'signed', date: '24/02/2026' });
    if (bad.ok) throw new Error('bad date accepted');
    expect(bad.error.field).toBe('date');
    const status = await ws.call('contracts.setStatus', { memberId: member.id, status: 'void' });
    if (status.ok) throw new Error('unknown status accepted');
    expect(status.error.field).toBe('status');
  });

  it('a signed contract records today and the current user by default, and is not redrafted', async () => {
    process.env.PILOTDESK_USER = 'Legal Lee';
    try {
      const { ws, member } = await pilotWithCreator();
      await ws.ok('contracts.generate', { memberId: member.id });
      const signed = await ws.ok('contracts.setStatus', { memberId: member.id, status: 'signed' });
      expect(signed.signed.by).toBe('Legal Lee');
      expect(signed.signed.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(signed.draft.by).toBe('Legal Lee');
      expect(signed.sent).toEqual({ date: null, by: null });
      const redraft = await ws.call('contracts.generate', { memberId: member.id });
      if (redraft.ok) throw new Error('redrafted a signed contract');
      expect(redraft.error.code).toBe('conflict');
      expect(redraft.error.message).toContain('signed on');
    } finally {
      delete process.env.PILOTDESK_USER;
    }
  });

  it('goes with the member when they are removed from the pilot', async () => {
    const { ws, member, pilot } = await pilotWithCreator();
    await ws.ok('contracts.setStatus', { memberId: member.id, status: 'sent' });
    await ws.ok('creators.remove', { id: member.id });
    expect(await ws.ok('contracts.list', { pilotId: pilot.id })).toEqual([]);
  });
});
