/**
 * A pilot with members to write to, and a template that uses every field:
 * members come in through creators.add (name, handle, email, stage), so the
 * outreach tests stand on the same rows the sourcing board reads.
 */

import type { InputOf } from '../../src/shared/api/contract';
import type { Stage } from '../../src/shared/entities';
import { newWorkspace } from '../helpers/workspace';

export interface MemberSpec {
  name: string;
  handle: string;
  email?: string | null;
  stage?: Stage;
  followers?: number;
}

export const TEMPLATE: InputOf<'templates.save'> = {
  name: 'Spring intro',
  subject: '{{firstName}}, a paid pilot with Fernleaf',
  whyYou: 'Hi {{firstName}}, we found you as {{ handle }} on {{platform}}: {{whyFit}}.',
  offer: '{{offer}} Shop here: {{storeLink}}',
  nextStep: 'Reply by {{deadline}} and we send the brief. {{senderName}}',
  variables: { offer: 'Free product and 10% commission on every sale.', storeLink: 'https://fernleaf.example/en' },
  localVariables: ['language', 'storeLink'],
};

export async function outreachPilot(members: MemberSpec[]) {
  const ws = newWorkspace();
  const pilot = await ws.ok('pilots.create', {
    name: 'Spring Glow',
    brand: 'Fernleaf',
    market: 'DE',
    currency: 'EUR',
    startDate: '2026-03-01',
    endDate: '2026-05-31',
  });
  const ids: number[] = [];
  for (const m of members) {
    const added = await ws.ok('creators.add', {
      pilotId: pilot.id,
      name: m.name,
      handles: [{ platform: 'instagram', handle: m.handle }],
      email: m.email === undefined ? `${m.handle}@example.com` : m.email,
      stage: m.stage ?? 'shortlist',
      followers: m.followers ?? 20_000,
    });
    ids.push(added.id);
  }
  const template = await ws.ok('templates.save', TEMPLATE);
  return { ...ws, pilot, memberIds: ids, template };
}

/** n members named "Creator 1".. with handles creator1.. */
export function numbered(n: number, extra: Partial<MemberSpec> = {}): MemberSpec[] {
  return Array.from({ length: n }, (_, i) => ({ name: `Creator ${i + 1}`, handle: `creator${i + 1}`, ...extra }));
}
