/**
 * `pilotdesk`: the command-line face. Reads the command line, opens the
 * workspace (the one given, else the one the app opens), runs one method of
 * the API contract through `dispatch`, prints the result, closes the
 * workspace. `pilotdesk --help` lists the commands and flags.
 */

import { ApiError } from '../../shared/api/errors';
import type { Pilot } from '../../shared/entities';
import { dispatch } from '../core/api';
import { defaultDataDir } from '../core/workspace/data-dir';
import { Session } from '../core/workspace/session';
import { Settings } from '../core/workspace/settings';
import { openStartupWorkspace } from '../core/workspace/startup';
import { type Invocation, parseInvocation, UsageError } from './args';
import { COMMANDS } from './commands';
import { apiFailure, EXIT, type Failure, unexpectedFailure, usageFailure } from './errors';
import { buildInput, setField } from './flags';
import type { Caller } from './import-run';
import { usage } from './usage';

export async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  if (argv.length === 0) {
    process.stderr.write(`${usage()}\n`);
    return EXIT.usage;
  }
  let invocation: Invocation;
  try {
    invocation = parseInvocation(argv);
  } catch (err) {
    if (err instanceof UsageError) return report(usageFailure(err), json);
    return report(unexpectedFailure(err), json);
  }
  if (invocation.help) {
    process.stdout.write(`${helpFor(invocation)}\n`);
    return EXIT.ok;
  }
  return run(invocation);
}

function helpFor({ command, helpTopic }: Invocation): string {
  if (command) return usage([command]);
  if (helpTopic) return usage(COMMANDS.filter((c) => c.name.startsWith(`${helpTopic} `)));
  return usage();
}

async function run(invocation: Invocation): Promise<number> {
  const { command, json } = invocation;
  if (!command) return EXIT.usage;
  // A CLI call uses the app's workspace but leaves its recent list alone.
  const session = new Session(new Settings(defaultDataDir()), false);
  try {
    const { skipped } = openWorkspace(session, invocation.workspace);
    if (skipped)
      process.stderr.write(`pilotdesk: could not reopen the last workspace, using the default: ${skipped}\n`);
    const input = buildInput(command.flags, invocation.values);
    if (command.argument && invocation.argument !== undefined) {
      setField(input, command.argument.field, invocation.argument);
    }
    const call: Caller = (method, raw) => dispatch(session, method, raw);
    const result = command.run
      ? await command.run(call, input, {
          dryRun: invocation.values.has('dry-run'),
          progress: (text) => {
            if (!json) process.stderr.write(`${text}…\n`);
          },
        })
      : await dispatch(session, command.method, input);
    if (!result.ok) return report(apiFailure(result.error, command), json);
    const text = json
      ? JSON.stringify(command.json ? command.json(result.data as never) : result.data, null, 2)
      : await command.describe(result.data as never, {
          input,
          pilot: async (id) => {
            const got = await dispatch(session, 'pilots.get', { id });
            return got.ok ? (got.data as Pilot) : undefined;
          },
        });
    process.stdout.write(`${text}\n`);
    return EXIT.ok;
  } catch (err) {
    if (err instanceof ApiError) return report(apiFailure(err.toBody(), command), json);
    return report(unexpectedFailure(err), json);
  } finally {
    // Closing checkpoints the WAL, so the workspace is one self-contained file again.
    session.close();
  }
}

/** Opens the workspace to run on; a file given with --workspace that cannot be opened is blamed on that flag. */
function openWorkspace(session: Session, file: string | undefined): { skipped?: string } {
  try {
    return openStartupWorkspace(session, file);
  } catch (err) {
    if (file === undefined || !(err instanceof ApiError) || err.issues.length > 0) throw err;
    throw new ApiError(err.code, err.message, [{ field: 'path', message: err.message }]);
  }
}

function report(failure: Failure, json: boolean): number {
  process.stderr.write(`${json ? JSON.stringify({ error: failure.error }) : failure.text}\n`);
  return failure.exitCode;
}

process.exitCode = await main(process.argv.slice(2));
