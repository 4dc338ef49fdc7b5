/**
 * Who is working: the name logged with stage moves and contacts, and the
 * person a daily send cap counts for. Pilotdesk has no accounts; the
 * operating system's user is that person on a shared machine.
 * PILOTDESK_USER overrides it (scripts acting for someone, tests).
 */

import { userInfo } from 'node:os';

export function currentUser(): string {
  const named = process.env.PILOTDESK_USER?.trim();
  if (named) return named.slice(0, 80);
  try {
    return userInfo().username || 'me';
  } catch {
    return 'me';
  }
}
