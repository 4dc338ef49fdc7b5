/**
 * A file's header row, found by normalised name: trimmed, BOM and case
 * stripped, inner spaces collapsed. Formats name columns by these keys, never
 * by position, because every layout drifts over time.
 */

import { createHash } from 'node:crypto';

export function normaliseHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

export class Header {
  readonly names: string[];
  private readonly normal: string[];
  private readonly index = new Map<string, number>();

  constructor(cells: string[]) {
    this.names = cells.map((c) => c.replace(/^\uFEFF/, '').trim());
    this.normal = this.names.map(normaliseHeader);
    this.names.forEach((name, i) => {
      const key = normaliseHeader(name);
      if (key && !this.index.has(key)) this.index.set(key, i);
    });
  }

  has(...names: string[]): boolean {
    return names.every((n) => this.index.has(normaliseHeader(n)));
  }

  /** The column of the first of `candidates` present, or -1. */
  find(candidates: readonly string[]): number {
    for (const c of candidates) {
      const i = this.index.get(normaliseHeader(c));
      if (i !== undefined) return i;
    }
    return -1;
  }

  /**
   * Each field's column: by the user's mapping where it names one, else by the
   * field's known names; each column serves one field. Chosen columns go
   * first, so a known name never takes a column the user gave to another
   * field, and a field the user left unmapped (null) stays unmapped.
   */
  columns<F extends string>(
    known: Record<F, readonly string[]>,
    mapping: Partial<Record<F, string | null>> | null,
  ): Partial<Record<F, number>> {
    const out: Partial<Record<F, number>> = {};
    const taken = new Set<number>();
    const fields = Object.keys(known) as F[];
    const take = (field: F, candidates: readonly string[]) => {
      const i = this.find(candidates);
      if (i >= 0 && !taken.has(i)) {
        out[field] = i;
        taken.add(i);
      }
    };
    for (const field of fields) {
      const chosen = mapping?.[field];
      if (chosen) take(field, [chosen]);
    }
    for (const field of fields) {
      if (out[field] === undefined && !(mapping && field in mapping)) take(field, known[field]);
    }
    return out;
  }

  /** The header's identity for remembering a column mapping: order and spelling-insensitive. */
  get signature(): string {
    const keys = [...this.index.keys()].sort();
    return createHash('sha256').update(keys.join('\u0000')).digest('hex').slice(0, 32);
  }

  /** True when a row repeats this header (exports glued together, Excel re-saves). */
  isRepeatedBy(cells: string[]): boolean {
    if (cells.length < this.names.length) return false;
    // Most rows differ in their first cell; decide that cheaply before normalising anything.
    const first = cells[0] ?? '';
    const name = this.names[0] ?? '';
    if (first !== name && (Math.abs(first.length - name.length) > 4 || !sameFirstLetter(first, name))) return false;
    for (let i = 0; i < this.names.length; i++) {
      if (normaliseHeader(cells[i] ?? '') !== this.normal[i]) return false;
    }
    return true;
  }
}

/** The first non-space character, case-folded, is the same (a cheap "could this repeat the header?"). */
function sameFirstLetter(a: string, b: string): boolean {
  const x = a.trimStart().replace(/^\uFEFF/, '')[0];
  const y = b[0];
  return x !== undefined && y !== undefined && x.toLowerCase() === y.toLowerCase();
}
