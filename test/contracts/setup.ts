/** A workspace with one pilot and a creator whose terms make a hybrid deal. */

import type { InputOf } from '../../src/shared/api/contract';
import { newWorkspace } from '../helpers/workspace';

export const NASTY_NAME = `Zoë <b>"Bold"</b> & 'Co' =HYPERLINK("x")`;

export async function pilotWithCreator(creator: Partial<InputOf<'creators.add'>> = {}) {
  const ws = newWorkspace();
  const pilot = await ws.ok('pilots.create', {
    name: 'Spring glow',
    brand: 'Lumen Skin',
    currency: 'USD',
    startDate: '2026-03-01',
    endDate: '2026-04-30',
    returnWindowDays: 14,
  });
  const member = await ws.ok('creators.add', {
    pilotId: pilot.id,
    name: 'Maya Chen',
    handles: [
      { platform: 'instagram', handle: 'mayaglows' },
      { platform: 'tiktok', handle: 'maya.tt' },
    ],
    stipend: '150',
    commissionRate: '10',
    commissionTiers: [{ from: '1500', rate: '15' }],
    bonusMetric: 'net_orders',
    bonusThreshold: '25',
    bonusAmount: '100',
    discountCode: 'MAYA15',
    landingUrl: 'https://lumen.example/glow?utm_source=instagram&utm_content=mayaglows',
    ...creator,
  });
  return { ws, pilot, member };
}
