/** A workspace with a pilot (code and link) and steps that take a member through the go-live gate. */

import type { InputOf } from '../../src/shared/api/contract';
import type { AttributionMethod } from '../../src/shared/entities';
import { newWorkspace } from '../helpers/workspace';

process.env.PILOTDESK_USER = 'Ana Test';

type Ok = ReturnType<typeof newWorkspace>['ok'];

/** Each condition of the gate, one step at a time, through the API. */
export function goLiveSteps(ok: Ok, pilotId: number) {
  return {
    contractSent: (memberId: number) => ok('contracts.setStatus', { memberId, status: 'sent' }),
    contractSigned: (memberId: number) => ok('contracts.setStatus', { memberId, status: 'signed' }),
    code: (memberId: number) => ok('assets.generateCodes', { pilotId, memberId }),
    link: async (memberId: number) => {
      await ok('assets.setSettings', {
        pilotId,
        discountValue: '15',
        codePattern: '{HANDLE}{DISCOUNT}',
        landingUrl: 'https://shop.example.com/spring',
      });
      return ok('assets.buildLinks', { pilotId, memberId, overwrite: true });
    },
    post: (memberId: number, url = `https://instagram.com/p/${memberId}`) =>
      ok('posts.save', {
        memberId,
        url,
        platform: 'instagram',
        format: 'reel',
        caption: 'Loving it #ad',
      }),
    approve: (postId: number) => ok('posts.review', { id: postId, decision: 'approve' }),
  };
}

/** Takes a member through every condition of the gate. */
export async function makeReady(ok: Ok, pilotId: number, memberId: number): Promise<void> {
  const steps = goLiveSteps(ok, pilotId);
  await steps.contractSigned(memberId);
  await steps.code(memberId);
  await steps.link(memberId);
  const post = await steps.post(memberId);
  await steps.approve(post.post.id);
}

export async function goLiveWorkspace(attributionMethod: AttributionMethod = 'both') {
  const ws = newWorkspace();
  const pilot = await ws.ok('pilots.create', {
    name: 'Spring Glow',
    currency: 'USD',
    startDate: '2026-03-01',
    endDate: '2026-03-31',
    attributionMethod,
  });
  const add = (name: string, extra: Partial<InputOf<'creators.add'>> = {}) =>
    ws.ok('creators.add', {
      pilotId: pilot.id,
      name,
      handles: [{ platform: 'instagram', handle: name.toLowerCase() }],
      stage: 'contracted',
      ...extra,
    });
  return { ...ws, pilot, add, steps: goLiveSteps(ws.ok, pilot.id) };
}
