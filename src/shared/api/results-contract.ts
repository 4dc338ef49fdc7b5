/** Results: every pilot figure of METRICS.md, and the orders and costs behind each. */

import { z } from 'zod';
import { FIGURE_NAMES, type FigureExplanation, type PilotResults } from '../results';
import { method } from './method';
import { Id } from './schemas';

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
