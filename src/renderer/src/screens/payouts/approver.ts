/**
 * Who approves and marks payouts paid. Pilotdesk has no accounts, so the
 * person types their name once; it is remembered on this machine only.
 */

const KEY = 'pilotdesk.approver';

export function rememberedApprover(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberApprover(name: string): void {
  try {
    localStorage.setItem(KEY, name.trim());
  } catch {
    // Storage may be off (private mode); the name is still used for this approval.
  }
}
