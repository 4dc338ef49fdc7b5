/** The values a template preview is rendered with: the pilot's best shortlisted creator, or a made-up one. */

import { whyTheyFit } from '../../../../shared/fit';
import { firstNameOf, type MessageValues, platformName } from '../../../../shared/message';
import type { OutreachSettings } from '../../../../shared/outreach';
import type { Prospect } from '../../../../shared/sourcing';

export function sampleValues(
  prospects: Prospect[],
  settings: OutreachSettings | null,
): { who: string; values: MessageValues } {
  const sender = settings?.senderName ?? null;
  const best = [...prospects].filter((p) => p.stage === 'shortlist').sort((a, b) => b.fit.score - a.fit.score)[0];
  if (!best) {
    return {
      who: 'a sample creator (Maya Okafor)',
      values: {
        name: 'Maya Okafor',
        firstName: 'Maya',
        handle: '@maya.glow',
        platform: 'Instagram',
        whyFit: '24K followers, 4.1% engagement and based in Berlin',
        deadline: null,
        senderName: sender,
      },
    };
  }
  const handle = best.profile.handles[0];
  return {
    who: best.profile.name,
    values: {
      name: best.profile.name,
      firstName: firstNameOf(best.profile.name),
      handle: handle ? `@${handle.handle}` : null,
      platform: handle ? platformName(handle.platform) : null,
      whyFit: whyTheyFit(best.fit) || null,
      deadline: null,
      senderName: sender,
    },
  };
}
