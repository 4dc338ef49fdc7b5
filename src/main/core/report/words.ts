/** The words the report writes for verdicts, rules and order standings. */

import type { AttributionRule, OrderStanding } from '../../../shared/orders';
import { STANDING_LABELS } from '../../../shared/orders';
import type { Verdict } from '../../../shared/results';

export const VERDICT_LABELS: Record<Verdict, string> = {
  met: 'Met',
  missed: 'Missed',
  not_enough_data: 'Not enough data',
  no_target: 'No target set',
};

export const RULE_LABELS: Record<AttributionRule, string> = { code: 'Code', link: 'Link' };

export const standingLabel = (standing: OrderStanding): string => STANDING_LABELS[standing];
