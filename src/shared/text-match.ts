/**
 * Matching caption text the way a reader sees it: case and accents ignored
 * ("#Publicite" is "#publicité"), whole words only, any run of spaces or line
 * breaks between a phrase's words. Matches are found in a folded copy of the
 * text and mapped back to offsets in the original, so the screen highlights
 * the words the person typed.
 */

const MARKS = /\p{M}/gu;
const WORD = '[\\p{L}\\p{N}_]';

export interface FoldedText {
  text: string;
  /** Original offset of each folded character, and of the end of what it came from. */
  starts: number[];
  ends: number[];
}

/** One code point at a time, so offsets survive NFD, dropped marks and longer lower case. */
export function foldText(original: string): FoldedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const ch of original) {
    const folded = ch.normalize('NFD').replace(MARKS, '').toLowerCase();
    const end = at + ch.length;
    if (folded.length === 0 && ends.length > 0) ends[ends.length - 1] = end; // a lone accent joins its letter
    for (const f of folded) {
      text += f;
      for (let i = 0; i < f.length; i++) {
        starts.push(at);
        ends.push(end);
      }
    }
    at = end;
  }
  return { text, starts, ends };
}

export const foldWord = (word: string): string => foldText(word).text;

export interface Span {
  start: number;
  end: number;
}

/** Maps a span of the folded text back to the original. */
export function originalSpan(folded: FoldedText, start: number, end: number): Span {
  return { start: folded.starts[start] ?? 0, end: folded.ends[end - 1] ?? folded.starts[start] ?? 0 };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-words pattern for a phrase (already folded): "cures acne" also matches "Cures\nacne". */
export function phrasePattern(phrase: string): string {
  const words = phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  return `(?<!${WORD})${words}(?!${WORD})`;
}

/** Every match of a pattern in the folded text, as spans of the original. */
export function findAll(folded: FoldedText, pattern: string): (Span & { folded: string })[] {
  const found: (Span & { folded: string })[] = [];
  for (const m of folded.text.matchAll(new RegExp(pattern, 'gu'))) {
    if (m[0].length === 0) continue;
    found.push({ ...originalSpan(folded, m.index, m.index + m[0].length), folded: m[0] });
  }
  return found;
}

export const HASHTAG = `(?<![${WORD.slice(1, -1)}#&])#(${WORD}+)`;
