/** Each brand's banned claims: the phrases its captions must not make ("cures acne", "clinically proven"). */

import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { BannedClaims } from '../../../shared/content';
import { foldWord } from '../../../shared/text-match';
import { logActivity, sql } from '../db/statements';

function brandName(db: Database, brandId: number): string {
  const row = sql(db, 'SELECT name FROM brands WHERE id = ?').get(brandId) as { name: string } | undefined;
  if (!row)
    throw new ApiError('not_found', `No brand with id ${brandId}`, [{ field: 'brandId', message: 'No such brand' }]);
  return row.name;
}

/** The phrases in the order they were written; none for no brand. */
export function brandPhrases(db: Database, brandId: number | null): string[] {
  if (brandId === null) return [];
  const rows = sql(db, 'SELECT phrase FROM brand_banned_claims WHERE brand_id = ? ORDER BY position').all(brandId);
  return (rows as { phrase: string }[]).map((r) => r.phrase);
}

export function bannedClaims(db: Database, brandId: number): BannedClaims {
  return { brandId, brandName: brandName(db, brandId), phrases: brandPhrases(db, brandId) };
}

/** Replaces the list; blank lines go, and a phrase written twice (in any case or accents) is kept once. */
export function setBannedClaims(db: Database, brandId: number, phrases: readonly string[]): BannedClaims {
  return db.transaction(() => {
    brandName(db, brandId);
    const seen = new Set<string>();
    const kept = phrases
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => {
        const key = foldWord(p);
        if (p.length === 0 || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    sql(db, 'DELETE FROM brand_banned_claims WHERE brand_id = ?').run(brandId);
    kept.forEach((phrase, position) => {
      sql(db, 'INSERT INTO brand_banned_claims (brand_id, phrase, position) VALUES (?, ?, ?)').run(
        brandId,
        phrase,
        position,
      );
    });
    logActivity(db, 'brands.bannedClaims', 'brand', brandId, { phrases: kept });
    return bannedClaims(db, brandId);
  })();
}
