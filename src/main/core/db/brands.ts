import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { Brand } from '../../../shared/entities';
import { logActivity, nowIso, sql } from './statements';

interface BrandRow {
  id: number;
  name: string;
  archived_at: string | null;
  pilot_count: number;
}

const SELECT = `SELECT b.id, b.name, b.archived_at,
  (SELECT count(*) FROM pilots p WHERE p.brand_id = b.id AND p.archived_at IS NULL) AS pilot_count
  FROM brands b`;

const toBrand = (r: BrandRow): Brand => ({
  id: r.id,
  name: r.name,
  archived: r.archived_at !== null,
  pilotCount: r.pilot_count,
});

export function listBrands(db: Database): Brand[] {
  return (sql(db, `${SELECT} ORDER BY b.archived_at IS NOT NULL, b.name`).all() as BrandRow[]).map(toBrand);
}

export function getBrand(db: Database, id: number): Brand {
  const row = sql(db, `${SELECT} WHERE b.id = ?`).get(id) as BrandRow | undefined;
  if (!row) throw new ApiError('not_found', `No brand with id ${id}`, [{ field: 'id', message: 'No such brand' }]);
  return toBrand(row);
}

function findBrandId(db: Database, name: string): number | undefined {
  return (sql(db, 'SELECT id FROM brands WHERE name = ?').get(name) as { id: number } | undefined)?.id;
}

export function createBrand(db: Database, name: string): Brand {
  if (findBrandId(db, name) !== undefined) {
    throw ApiError.field('name', `A brand named "${name}" already exists`);
  }
  const { lastInsertRowid } = sql(db, 'INSERT INTO brands (name, created_at) VALUES (?, ?)').run(name, nowIso());
  logActivity(db, 'brand.create', 'brand', Number(lastInsertRowid), { name });
  return getBrand(db, Number(lastInsertRowid));
}

/** The brand of that name (any case), made if it does not exist yet. */
export function ensureBrand(db: Database, name: string): number {
  return findBrandId(db, name) ?? createBrand(db, name).id;
}

export function renameBrand(db: Database, id: number, name: string): Brand {
  getBrand(db, id);
  const other = findBrandId(db, name);
  if (other !== undefined && other !== id) throw ApiError.field('name', `A brand named "${name}" already exists`);
  sql(db, 'UPDATE brands SET name = ? WHERE id = ?').run(name, id);
  logActivity(db, 'brand.rename', 'brand', id, { name });
  return getBrand(db, id);
}

export function archiveBrand(db: Database, id: number, archived: boolean): Brand {
  getBrand(db, id);
  sql(db, 'UPDATE brands SET archived_at = ? WHERE id = ?').run(archived ? nowIso() : null, id);
  logActivity(db, archived ? 'brand.archive' : 'brand.unarchive', 'brand', id);
  return getBrand(db, id);
}

/** The currencies of a brand's active pilots: what its orders are counted in. */
export function brandCurrencies(db: Database, brandId: number | null): Set<string> {
  if (brandId === null) return new Set();
  const rows = sql(db, 'SELECT DISTINCT currency FROM pilots WHERE brand_id = ? AND archived_at IS NULL')
    .pluck()
    .all(brandId) as string[];
  return new Set(rows);
}
