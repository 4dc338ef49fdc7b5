/** Where each of the gate's steps is set up on the Going live screen. */

import type { Stage } from '../../../../../shared/entities';
import type { GateStep } from '../../../../../shared/signoffs';
import type { GoingLiveView } from '../../../stores/going-live';

export const STEP_VIEWS: Record<GateStep, GoingLiveView> = {
  contract: 'contracts',
  code: 'tracking',
  link: 'tracking',
  content: 'content',
};

export const STEP_ACTIONS: Record<GateStep, string> = {
  contract: 'Open Terms & contracts',
  code: 'Open Codes & links',
  link: 'Open Codes & links',
  content: 'Open Content',
};

/** Live or done already: nothing to mark. */
export function canMarkLive(stage: Stage): boolean {
  return stage !== 'live' && stage !== 'completed';
}
