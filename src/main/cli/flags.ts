/**
 * Flags and the API fields behind them. A command's flags say where each
 * value goes in the method's input (a dotted path such as "handles.0.handle"),
 * so the same table builds the input and turns an error's field back into the
 * flag the person typed.
 */

export interface FlagSpec {
  /** The flag without its dashes: "target-cac". */
  name: string;
  /** Dotted path of the input field it fills: "targetCac", "handles.0.handle". */
  field: string;
  /** Placeholder shown in the usage text: "AMOUNT". */
  value: string;
  help: string;
  required?: boolean;
}

/** Flags every command takes; they steer the CLI and fill no input field. */
export const GLOBAL_FLAGS = [
  {
    name: 'workspace',
    value: 'FILE',
    help: 'Open this workspace file, creating it if missing (default: the workspace the app opens)',
  },
  { name: 'json', value: '', help: 'Print the result as JSON on stdout; errors as {"error": {...}} on stderr' },
  { name: 'help', value: '', help: 'Show usage (also: pilotdesk help [COMMAND])' },
] as const;

/** API fields that belong to the global flags rather than to a command's own. */
const GLOBAL_FIELDS: Record<string, string> = { path: 'workspace' };

/** The method input for the values given; flags left out are left out of the input. */
export function buildInput(flags: readonly FlagSpec[], values: ReadonlyMap<string, string>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const flag of flags) {
    const value = values.get(flag.name);
    if (value !== undefined) setPath(input, flag.field.split('.'), value);
  }
  return input;
}

/** Sets one dotted field of an input ("file.path"). */
export function setField(input: Record<string, unknown>, field: string, value: string): void {
  setPath(input, field.split('.'), value);
}

function setPath(target: Record<string, unknown> | unknown[], path: string[], value: string): void {
  const [key, ...rest] = path;
  if (key === undefined) return;
  const slot = target as Record<string, unknown>;
  if (rest.length === 0) {
    slot[key] = value;
    return;
  }
  const next = rest[0] !== undefined && /^\d+$/.test(rest[0]) ? [] : {};
  slot[key] ??= next;
  setPath(slot[key] as Record<string, unknown>, rest, value);
}

/**
 * The flag (with dashes) behind an API field, or undefined when no flag fills
 * it. A field above a flag's ("handles" for "handles.0.handle") maps to it too.
 */
export function flagForField(flags: readonly FlagSpec[], field: string): string | undefined {
  const global = GLOBAL_FIELDS[field];
  if (global) return `--${global}`;
  const exact = flags.find((f) => f.field === field);
  if (exact) return `--${exact.name}`;
  const under = flags.find((f) => f.field.startsWith(`${field}.`));
  return under ? `--${under.name}` : undefined;
}
