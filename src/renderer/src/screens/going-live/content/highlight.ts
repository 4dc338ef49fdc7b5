/**
 * Splits a caption into plain text and marked stretches for the findings that
 * have a range. Findings may overlap (a banned claim inside an ambiguous
 * phrase), so overlapping ranges are one mark that carries every kind and
 * message; a missing disclosure (start = end) has nothing to mark.
 */

import type { Finding, FindingKind } from '../../../../../shared/content';

export type CaptionPiece =
  | { text: string; marked: false }
  | { text: string; marked: true; kinds: FindingKind[]; messages: string[] };

export function captionPieces(caption: string, findings: readonly Finding[]): CaptionPiece[] {
  const ranged = findings
    .filter((f) => f.end > f.start && f.start >= 0 && f.end <= caption.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: CaptionPiece[] = [];
  let at = 0;
  let i = 0;
  while (i < ranged.length) {
    const first = ranged[i] as Finding;
    const group = [first];
    let end = first.end;
    for (i++; i < ranged.length && (ranged[i] as Finding).start < end; i++) {
      const next = ranged[i] as Finding;
      group.push(next);
      end = Math.max(end, next.end);
    }
    if (first.start > at) pieces.push({ text: caption.slice(at, first.start), marked: false });
    pieces.push({
      text: caption.slice(first.start, end),
      marked: true,
      kinds: [...new Set(group.map((f) => f.kind))],
      messages: group.map((f) => f.message),
    });
    at = end;
  }
  if (at < caption.length) pieces.push({ text: caption.slice(at), marked: false });
  return pieces;
}
