/** Schema 5: lift tests and the repeat decision (checks, probation, renew or stop). */
export const liftReview = `
`;
