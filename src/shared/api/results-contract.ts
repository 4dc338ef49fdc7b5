/** Results: every pilot figure of METRICS.md, and the orders and costs behind each. */

export const resultsMethods = {} as const;
