/** Schema 4: fraud review decisions, payouts and the order lines behind them. */
export const payouts = `
`;
