/** The usage text, made from the command table so it never drifts from what the CLI accepts. */

import { COMMANDS, type CommandSpec } from './commands';
import { type FlagSpec, GLOBAL_FLAGS } from './flags';

const flagLabel = (f: { name: string; value: string }) =>
  `--${f.name}${f.name === 'help' ? ', -h' : ''}${f.value ? ` ${f.value}` : ''}`;

const WIDTH = 100;

/** Words joined into lines of at most WIDTH, the first after `first`, the rest after `rest`. */
function wrap(words: string[], first: string, rest: string): string {
  const lines = [first];
  let fresh = true;
  for (const word of words) {
    const last = lines.length - 1;
    const line = lines[last] ?? '';
    if (!fresh && line.length + word.length + 1 > WIDTH) lines.push(rest + word);
    else lines[last] = fresh ? line + word : `${line} ${word}`;
    fresh = false;
  }
  return lines.join('\n');
}

function flagLines(flags: readonly { name: string; value: string; help: string; required?: boolean }[]): string[] {
  const width = Math.max(...flags.map((f) => flagLabel(f).length));
  return flags.map((f) => {
    const lead = `      ${flagLabel(f).padEnd(width)}  `;
    const help = `${f.required ? '(required) ' : ''}${f.help}`;
    return wrap(help.split(' '), lead, ' '.repeat(lead.length));
  });
}

/** "pilotdesk pilot create --name NAME [--brand NAME] ...", wrapped to fit a terminal. */
function synopsis(c: CommandSpec): string {
  const flags = c.flags.map((f: FlagSpec) => (f.required ? flagLabel(f) : `[${flagLabel(f)}]`));
  const name = c.argument ? `pilotdesk ${c.name} ${c.argument.name}` : `pilotdesk ${c.name}`;
  return wrap([name, ...flags], '    ', '        ');
}

function commandSection(c: CommandSpec): string {
  const lines = [`  ${c.name}: ${c.summary}`, synopsis(c)];
  if (c.flags.length > 0) lines.push(...flagLines(c.flags));
  return lines.join('\n');
}

const FOOTER = `Global flags (every command):
${flagLines(GLOBAL_FLAGS)
  .map((l) => l.replace(/^ {4}/gm, ''))
  .join('\n')}

Without --workspace, pilotdesk uses the workspace the desktop app opens: the
last one used, else "My workspace.pilotdesk" in the data folder
(PILOTDESK_DATA_DIR overrides the folder).
Amounts are decimals in the pilot's currency ("25.00"); percentages are
numbers like 10 or 12.5. The workspace checks every value and, on a bad one,
changes nothing.

Output: a readable summary on stdout; with --json, the API result as JSON.
Errors go to stderr as "--flag: message" lines; with --json, as
{"error": {"code", "message", "field"?, "flag"?, "issues"?}}.
Exit status: 0 done, 1 refused by the workspace (invalid value, not found,
conflict, unreadable file), 2 usage error (unknown command or flag, missing
required flag).`;

/** Usage of every command, or of the given ones. */
export function usage(commands: CommandSpec[] = COMMANDS): string {
  return [
    'pilotdesk: run sales pilots with creators from the command line (the same workspace as the app).',
    '',
    'Usage: pilotdesk <command> [flags]',
    '       pilotdesk help [command]',
    '',
    'Commands:',
    commands.map(commandSection).join('\n\n'),
    '',
    FOOTER,
  ].join('\n');
}
