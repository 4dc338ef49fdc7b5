/** A workspace with a pilot in Germany and helpers to put profiles on its longlist. */

import type { InputOf } from '../../src/shared/api/contract';
import { newWorkspace } from '../helpers/workspace';

process.env.PILOTDESK_USER = 'Ana Test';

export type ProfileInput = InputOf<'profiles.save'>;

export async function sourcingWorkspace() {
  const ws = newWorkspace();
  const pilot = await ws.ok('pilots.create', {
    name: 'Glow DE',
    market: 'Germany',
    currency: 'EUR',
    startDate: '2026-03-01',
    endDate: '2026-04-30',
  });
  /** Adds a profile to the pilot's longlist; returns its member id and creator id. */
  const addProspect = async (handle: string, extra: Partial<ProfileInput> = {}) => {
    const profile = await ws.ok('profiles.save', {
      pilotId: pilot.id,
      name: handle,
      handles: [{ platform: 'instagram', handle }],
      ...extra,
    } as ProfileInput);
    const board = await ws.ok('sourcing.board', { pilotId: pilot.id });
    const member = board.prospects.find((p) => p.profile.creatorId === profile.creatorId);
    if (!member) throw new Error(`${handle} is not on the board`);
    return { memberId: member.memberId, creatorId: profile.creatorId };
  };
  /** Adds `count` profiles; returns their member ids in the order added. */
  const addMany = async (count: number, prefix = 'p') => {
    const creators: number[] = [];
    for (let i = 0; i < count; i++) {
      const saved = await ws.ok('profiles.save', {
        pilotId: pilot.id,
        name: `${prefix}${i}`,
        handles: [{ platform: 'instagram', handle: `${prefix}${i}` }],
      } as ProfileInput);
      creators.push(saved.creatorId);
    }
    const board = await ws.ok('sourcing.board', { pilotId: pilot.id });
    const byCreator = new Map(board.prospects.map((p) => [p.profile.creatorId, p.memberId]));
    return creators.map((c) => byCreator.get(c) as number);
  };
  return { ...ws, pilot, addProspect, addMany };
}
