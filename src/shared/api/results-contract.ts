/** Results: every pilot figure of METRICS.md, and the orders and costs behind each. */

import { z } from 'zod';
import type { FigureExplanation, PilotResults } from '../results';
import { method } from './method';
import { Id } from './schemas';

export const FIGURE_NAMES = [
  'netOrders',
  'revenueMinor',
  'aovMinor',
  'clicks',
  'conversion',
  'newCustomers',
  'costMinor',
  'cacMinor',
  'costPerOrderMinor',
  'roas',
  'baselineRevenueMinor',
  'incrementalRevenueMinor',
  'iroas',
  'costPerIncremental',
  'commissionMinor',
  'bonusMinor',
  'repeatRate30',
  'repeatRate60',
  'repeatRate90',
  'heldOrders',
] as const;

export const ResultsInput = z.object({ pilotId: Id }).strict();

export const ExplainInput = z
  .object({
    pilotId: Id,
    /** The pilot creator (membership) id; left out for the whole pilot. */
    creatorId: Id.optional(),
    figure: z.enum(FIGURE_NAMES, { error: `figure must be one of ${FIGURE_NAMES.join(', ')}` }),
  })
  .strict();

export const resultsMethods = {
  'results.get': method<PilotResults>()(ResultsInput),
  'results.explain': method<FigureExplanation>()(ExplainInput),
} as const;
