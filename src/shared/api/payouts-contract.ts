/** Fraud review and payouts: held commission, decisions, payable amounts, finance files. */

export const payoutMethods = {} as const;
