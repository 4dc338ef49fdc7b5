/**
 * How the CLI reports a failure: which exit status, and the text on stderr
 * ("--flag: message" lines, or {"error": {...}} with --json). API errors name
 * input fields; these are turned back into the flags the person typed.
 */

import type { ApiErrorBody } from '../../shared/api/errors';
import type { UsageError } from './args';
import type { CommandSpec } from './commands';
import { flagForField } from './flags';

export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

export interface CliError {
  code: string;
  message: string;
  field?: string;
  flag?: string;
  issues?: { field: string; flag?: string; message: string }[];
}

export interface Failure {
  exitCode: number;
  error: CliError;
  /** What a person reads on stderr. */
  text: string;
}

export function usageFailure(err: UsageError): Failure {
  const hint = err.topic ? `pilotdesk help ${err.topic}` : 'pilotdesk --help';
  const error: CliError = { code: 'usage', message: err.message };
  if (err.flag) error.flag = err.flag;
  return {
    exitCode: EXIT.usage,
    error,
    text: `pilotdesk: ${err.message}\nSee \`${hint}\` for the commands and flags.`,
  };
}

export function apiFailure(body: ApiErrorBody, command: CommandSpec | undefined): Failure {
  const flags = command?.flags ?? [];
  const issues = (body.issues ?? []).map((i) => {
    const flag = flagForField(flags, i.field);
    return flag ? { field: i.field, flag, message: i.message } : { field: i.field, message: i.message };
  });
  const lines = issues.map((i) => `${i.flag ?? i.field}: ${i.message}`);
  const message = lines.length > 0 ? lines.join('; ') : body.message;
  const error: CliError = { code: body.code, message };
  if (issues.length > 0) {
    const first = issues[0];
    if (first) error.field = first.field;
    if (first?.flag) error.flag = first.flag;
    error.issues = issues;
  }
  return { exitCode: EXIT.refused, error, text: lines.length > 0 ? lines.join('\n') : `pilotdesk: ${body.message}` };
}

export function unexpectedFailure(err: unknown): Failure {
  const message = `Unexpected error: ${(err as Error)?.message ?? String(err)}`;
  return { exitCode: EXIT.refused, error: { code: 'internal', message }, text: `pilotdesk: ${message}` };
}
