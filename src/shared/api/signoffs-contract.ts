/** Going live: the gate's check, the five sign-offs with their SLAs, and the pilot timeline. */

import { z } from 'zod';
import { isIsoDate } from '../dates';
import {
  CHECKPOINTS,
  type GoLiveCheck,
  MAX_SLA_HOURS,
  type MemberSignoffs,
  type OverdueSignoff,
  type PilotTimeline,
  type SlaSettings,
  type Week,
} from '../signoffs';
import { method } from './method';
import { Id, optionalText } from './schemas';

const checkpoint = z.enum(CHECKPOINTS, { error: `checkpoint must be one of ${CHECKPOINTS.join(', ')}` });

/** A moment as an ISO timestamp ("2026-03-05T09:00:00Z"); missing means now. */
const moment = (what: string) =>
  z
    .string({ error: `${what} must be a date and time like 2026-03-05T09:00:00Z` })
    .refine((t) => /^\d{4}-\d{2}-\d{2}T/.test(t) && !Number.isNaN(Date.parse(t)), {
      error: `${what} must be a date and time like 2026-03-05T09:00:00Z`,
    })
    .transform((t) => new Date(t).toISOString())
    .optional();

/** A day; missing means today. */
const day = (what: string) =>
  z
    .string({ error: `${what} must be a date like 2026-03-01` })
    .refine(isIsoDate, { error: `${what} must be a date like 2026-03-01` })
    .optional();

const hours = (c: string) =>
  z.coerce
    .number({ error: `hours.${c} must be a whole number of hours` })
    .int({ error: `hours.${c} must be a whole number of hours` })
    .min(1, { error: `hours.${c} must be at least 1` })
    .max(MAX_SLA_HOURS, { error: `hours.${c} must be at most ${MAX_SLA_HOURS}` });

const SlaHours = z
  .object(
    Object.fromEntries(CHECKPOINTS.map((c) => [c, hours(c).optional()])) as Record<
      (typeof CHECKPOINTS)[number],
      z.ZodOptional<ReturnType<typeof hours>>
    >,
  )
  .strict();

export const signoffsMethods = {
  /** What each member being readied (shortlist on, declined left out) still lacks to be marked live; empty problems: ready. */
  'golive.check': method<GoLiveCheck[]>()(z.object({ pilotId: Id }).strict()),
  /** Each member's five checkpoints, with who signed when and when an open one is due (shortlist on, declined left out). */
  'signoffs.list': method<MemberSignoffs[]>()(z.object({ pilotId: Id }).strict()),
  /**
   * Signs a checkpoint off (signed true; by defaults to the current user) or
   * clears it (signed false). Contract signed, content approved and tracking
   * set up are refused while the facts say otherwise, with the reason.
   */
  'signoffs.set': method<MemberSignoffs>()(
    z
      .object({
        memberId: Id,
        checkpoint,
        signed: z.boolean({ error: 'signed must be true or false' }),
        by: optionalText(120),
        note: optionalText(1000),
      })
      .strict(),
  ),
  /** The pilot's SLA hours per checkpoint; with hours, sets those given (others keep theirs). */
  'signoffs.sla': method<SlaSettings>()(z.object({ pilotId: Id, hours: SlaHours.optional() }).strict()),
  /** Open checkpoints past their SLA across every pilot not archived, most overdue first; at defaults to now. */
  'signoffs.overdue': method<OverdueSignoff[]>()(z.object({ at: moment('at') }).strict()),
  /** The pilot's phases as dates from its start, and what is due in the week of date (default today) in it. */
  'timeline.get': method<PilotTimeline>()(z.object({ pilotId: Id, date: day('date') }).strict()),
  /** What is due in the week of date (default today) across every pilot not archived. */
  'timeline.week': method<Week>()(z.object({ date: day('date') }).strict()),
} as const;
