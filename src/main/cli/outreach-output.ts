/**
 * `pilotdesk outreach due` and `pilotdesk outreach export`: the follow-ups due
 * as lines a person scans, and a batch export from a comma list of members,
 * with an error on a field the flags fill under another name given back to
 * that flag.
 */

import type { Envelope } from '../../shared/api/errors';
import type { BatchExport, FollowUpDue } from '../../shared/outreach';
import type { Caller } from './import-run';

export function dueList(due: FollowUpDue[]): string {
  if (due.length === 0) return 'No follow-ups due.';
  const lines = due.map((d) => {
    const when = d.overdueDays === 0 ? 'due today' : `${d.overdueDays} day${d.overdueDays === 1 ? '' : 's'} overdue`;
    const who = d.handle ? `${d.name} (${d.handle})` : d.name;
    return `${d.followUpDate}  ${when.padEnd(16)}  ${who}  ${d.pilotName}, ${d.stage}  [member ${d.memberId}]`;
  });
  return [`${due.length} follow-up${due.length === 1 ? '' : 's'} due:`, ...lines].join('\n');
}

/** The core's field -> the flag's field, for fields the export flags fill under their own names. */
function flagField(field: string): string {
  if (field === 'path') return 'out';
  if (/^memberIds(\.\d+)?$/.test(field)) return 'members';
  return field;
}

export async function runOutreachExport(call: Caller, input: Record<string, unknown>): Promise<Envelope<BatchExport>> {
  const { out, members, ...rest } = input;
  const request: Record<string, unknown> = { ...rest };
  if (out !== undefined) request.path = out;
  if (members !== undefined) {
    request.memberIds = String(members)
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  }
  const result = (await call('outreach.exportBatch', request)) as Envelope<BatchExport>;
  if (result.ok) return result;
  const issues = result.error.issues?.map((i) => ({ ...i, field: flagField(i.field) }));
  return { ok: false, error: issues ? { ...result.error, field: issues[0]?.field, issues } : result.error };
}

export function batchWritten(r: BatchExport): string {
  const what = r.format === 'csv' ? 'a mail-merge CSV' : '.eml drafts';
  const lines = [
    `Wrote ${r.written} message${r.written === 1 ? '' : 's'} as ${what} to ${r.path}; ${r.capLeft} send${r.capLeft === 1 ? '' : 's'} left today.`,
  ];
  if (r.leftOut.length > 0) {
    lines.push(
      `Left out ${r.leftOut.length}:`,
      ...r.leftOut.map((l) => `  ${l.name} [member ${l.memberId}]: ${l.reason}`),
    );
  }
  return lines.join('\n');
}
