/** The aria-describedby of a field: its error first, then its unit and hint. */
export function describedBy(
  id: string,
  parts: { error?: string | undefined; affix?: string | undefined; hint?: string | undefined },
): string | undefined {
  const ids = [
    parts.error ? `${id}-error` : null,
    parts.affix ? `${id}-affix` : null,
    parts.hint ? `${id}-hint` : null,
  ].filter((x): x is string => x !== null);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
