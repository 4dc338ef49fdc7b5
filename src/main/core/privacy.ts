/**
 * Buyer data minimisation: orders keep a salted hash of the buyer's email (or
 * customer id), enough to tell new from repeat customers, and nothing that
 * names or locates a person. The salt is per workspace, so hashes cannot be
 * joined across workspaces or looked up in a table of known emails.
 */

import { hash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { sql } from './db/statements';

export function workspaceSalt(db: Database): string {
  const row = sql(db, "SELECT value FROM workspace_settings WHERE key = 'buyer_hash_salt'").get() as
    | { value: string }
    | undefined;
  if (!row) throw new Error('workspace has no buyer hash salt');
  return row.value;
}

export function buyerHash(salt: string, emailOrCustomerId: string): string {
  const normalised = emailOrCustomerId.trim().toLowerCase();
  return hash('sha256', `${salt}\0${normalised}`, 'hex').slice(0, 32);
}
