/**
 * Reads the command line into a command and its flag values. Anything the
 * CLI cannot make sense of (unknown command or flag, a flag without its value,
 * a required flag left out) is a UsageError naming it; values themselves are
 * left for the core to judge.
 */

import { parseArgs } from 'node:util';
import { COMMANDS, type CommandSpec, findCommand } from './commands';

export class UsageError extends Error {
  constructor(
    message: string,
    /** The flag at fault, with its dashes, when there is one. */
    readonly flag?: string,
    /** The command or group the error is about ("pilot create", "pilot"), to point at its help. */
    readonly topic?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface Invocation {
  /** Undefined for bare help (`pilotdesk`, `--help`, `help`). */
  command?: CommandSpec;
  /** `--help` or `help ...`: show usage instead of running. */
  help: boolean;
  /** `help WORD` where WORD is a group such as "pilot": its commands. */
  helpTopic?: string;
  json: boolean;
  workspace?: string;
  /** The command's own flag values by flag name. */
  values: Map<string, string>;
  /** The command's positional argument (a file), when it takes one. */
  argument?: string;
}

const BOOLEAN_FLAGS = new Set(['json', 'help']);
const GROUPS = [...new Set(COMMANDS.map((c) => c.name.split(' ')[0] ?? ''))];

export function parseInvocation(argv: string[]): Invocation {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
    workspace: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  };
  for (const c of COMMANDS) for (const f of c.flags) options[f.name] = { type: f.value ? 'string' : 'boolean' };
  const booleans = new Set([
    ...BOOLEAN_FLAGS,
    ...COMMANDS.flatMap((c) => c.flags.filter((f) => !f.value).map((f) => f.name)),
  ]);
  const { tokens } = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });

  const words: string[] = [];
  const seen = new Map<string, string | true>();
  let unknown: string | undefined;
  for (const token of tokens) {
    if (token.kind === 'positional') words.push(token.value);
    else if (token.kind === 'option-terminator') throw new UsageError('"--" is not used by pilotdesk');
    else {
      const flag = token.rawName.startsWith('--') ? token.rawName : `-${token.name}`;
      if (seen.has(token.name)) throw new UsageError(`${flag} is given twice`, flag);
      if (booleans.has(token.name)) {
        if (token.value !== undefined) throw new UsageError(`${flag} takes no value`, flag);
        seen.set(token.name, true);
      } else {
        if (!Object.hasOwn(options, token.name)) unknown ??= flag;
        else if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) {
          throw new UsageError(`${flag} needs a value (for one that starts with a dash, write ${flag}=VALUE)`, flag);
        } else seen.set(token.name, token.value);
      }
    }
  }

  const help = seen.has('help') || words[0] === 'help';
  const commandWords = words[0] === 'help' ? words.slice(1) : words;
  if (unknown) {
    // Its value, if it had one, was read as a word: name the flag, not the word.
    const command = findCommand(commandWords.slice(0, 2)) ?? findCommand(commandWords.slice(0, 1));
    throw new UsageError(`Unknown flag ${unknown}${command ? ` for \`${command.name}\`` : ''}`, unknown, command?.name);
  }
  const { command, topic, argument } = resolveCommand(commandWords, help);

  const values = new Map<string, string>();
  for (const [name, value] of seen) {
    if (name === 'help' || name === 'json' || name === 'workspace') continue;
    if (!command?.flags.some((f) => f.name === name)) {
      const where = command ? ` for \`${command.name}\`` : '';
      throw new UsageError(`Unknown flag --${name}${where}`, `--${name}`, command?.name);
    }
    values.set(name, value === true ? 'true' : value);
  }
  const workspace = seen.get('workspace');
  const invocation: Invocation = { help, json: seen.has('json'), values };
  if (command) invocation.command = command;
  if (argument !== undefined) invocation.argument = argument;
  if (topic) invocation.helpTopic = topic;
  if (typeof workspace === 'string') invocation.workspace = workspace;

  if (command?.argument && !help && argument === undefined) {
    throw new UsageError(`\`${command.name}\` needs ${command.argument.name}`, undefined, command.name);
  }
  if (command && !help) {
    const missing = command.flags.filter((f) => f.required && !values.has(f.name));
    if (missing.length > 0) {
      const list = missing.map((f) => `--${f.name}`).join(', ');
      throw new UsageError(
        `Missing required flag${missing.length > 1 ? 's' : ''} ${list}`,
        `--${missing[0]?.name}`,
        command.name,
      );
    }
  }
  if (!command && !help) throw new UsageError('No command given');
  return invocation;
}

function resolveCommand(words: string[], help: boolean): { command?: CommandSpec; topic?: string; argument?: string } {
  if (words.length === 0) return {};
  for (const length of [2, 1]) {
    const command = findCommand(words.slice(0, length));
    if (!command) continue;
    const argument = command.argument ? words[length] : undefined;
    const extra = words[length + (command.argument ? 1 : 0)];
    if (extra !== undefined)
      throw new UsageError(`Unexpected argument "${extra}" after \`${command.name}\``, undefined, command.name);
    return argument === undefined ? { command } : { command, argument };
  }
  const [group, action] = words;
  if (group !== undefined && GROUPS.includes(group) && words.length <= 2) {
    if (help && action === undefined) return { topic: group };
    const actions = COMMANDS.filter((c) => c.name.startsWith(`${group} `)).map((c) => c.name.split(' ')[1]);
    const what = action === undefined ? 'needs' : `has no command "${action}"; it takes`;
    throw new UsageError(`\`${group}\` ${what} one of: ${actions.join(', ')}`, undefined, group);
  }
  throw new UsageError(`Unknown command "${words.join(' ')}"`);
}
