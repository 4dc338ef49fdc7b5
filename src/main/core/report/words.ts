/** The words the report writes for rules and order standings. */

import type { AttributionRule, OrderStanding } from '../../../shared/orders';
import { STANDING_LABELS } from '../../../shared/orders';

export const RULE_LABELS: Record<AttributionRule, string> = { code: 'Code', link: 'Link' };

export const standingLabel = (standing: OrderStanding): string => STANDING_LABELS[standing];
