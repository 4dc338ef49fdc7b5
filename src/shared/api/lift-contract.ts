/** Lift tests (holdout regions) and the repeat decision (renew, probation, stop). */

export const liftMethods = {} as const;
