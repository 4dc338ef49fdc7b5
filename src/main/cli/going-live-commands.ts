/**
 * The going-live commands: importing posts, codes and links, the shop's code
 * files, contracts, the gate's check, overdue sign-offs and the week's work.
 * Each is one method of the contract (a posts import is the import job run
 * to its end, like `longlist import`).
 */

import type { Method } from '../../shared/api/contract';
import type { Envelope } from '../../shared/api/errors';
import { CODE_EXPORT_FORMATS } from '../../shared/tracking-assets';
import type { CommandSpec } from './commands';
import type { FlagSpec } from './flags';
import {
  codesExported,
  codesGenerated,
  contractWritten,
  goLiveChecks,
  linksBuilt,
  overdueList,
  postsSummary,
  weekList,
} from './going-live-output';
import { type Caller, runImport } from './import-run';

const command = <M extends Method>(spec: CommandSpec<M>) => spec as unknown as CommandSpec;

const pilotFlag: FlagSpec = { name: 'pilot', field: 'pilotId', value: 'ID', help: 'Pilot id', required: true };

/**
 * Calls a method that writes a file at `path`, from the --out flag: the
 * global --workspace flag owns the field name "path", so an error about the
 * file would otherwise be blamed on the workspace.
 */
async function writingTo(call: Caller, method: Method, input: Record<string, unknown>): Promise<Envelope<never>> {
  const { out, ...rest } = input;
  const result = (await call(method, out === undefined ? rest : { ...rest, path: out })) as Envelope<never>;
  if (result.ok) return result;
  const rename = (field: string | undefined) => (field === 'path' ? 'out' : field);
  const issues = result.error.issues?.map((i) => ({ ...i, field: rename(i.field) ?? i.field }));
  const field = rename(result.error.field);
  return {
    ok: false,
    error: { ...result.error, ...(field ? { field } : {}), ...(issues ? { issues } : {}) },
  };
}

export const GOING_LIVE_COMMANDS: CommandSpec[] = [
  command({
    name: 'posts import',
    summary:
      "Import a sheet of posts for a pilot's creators; a post already recorded at the same link is updated, never doubled",
    method: 'imports.start',
    argument: { name: 'FILE', field: 'file.path', help: 'The sheet: .csv, .txt, .xlsx, .xls or .ods' },
    flags: [
      pilotFlag,
      { name: 'date-order', field: 'dateOrder', value: 'ORDER', help: 'ymd, mdy or dmy, when dates are ambiguous' },
      { name: 'sheet', field: 'sheet', value: 'NAME', help: 'Spreadsheet sheet to read (default the first)' },
      { name: 'max-file-mb', field: 'maxFileMb', value: 'MB', help: 'Largest file to accept (default 250)' },
      { name: 'dry-run', field: 'dryRun', value: '', help: 'Show the preview; write nothing' },
    ],
    run: (call, input, options) => runImport(call, { ...input, kind: 'posts' }, options),
    describe: (job) => postsSummary(job),
  }),
  command({
    name: 'codes generate',
    summary: "Generate discount codes from the pilot's pattern: for one creator, or every creator without one",
    method: 'assets.generateCodes',
    flags: [
      pilotFlag,
      { name: 'member', field: 'memberId', value: 'ID', help: 'Only this pilot creator (replaces their code)' },
    ],
    describe: (r) => codesGenerated(r),
  }),
  command({
    name: 'links build',
    summary: "Build tracked links from the pilot's landing page and UTM conventions, for creators without one",
    method: 'assets.buildLinks',
    flags: [pilotFlag, { name: 'member', field: 'memberId', value: 'ID', help: 'Only this pilot creator' }],
    describe: (r) => linksBuilt(r),
  }),
  command({
    name: 'codes export',
    summary:
      "Write the pilot's codes as the shop takes them: Matrixify (Shopify), WebToffee (WooCommerce) or printable",
    method: 'assets.exportCodes',
    flags: [
      pilotFlag,
      { name: 'format', field: 'format', value: 'FORMAT', help: CODE_EXPORT_FORMATS.join(', '), required: true },
      { name: 'out', field: 'out', value: 'FILE', help: 'Where to write it (default: exports/ beside the workspace)' },
    ],
    run: (call, input) => writingTo(call, 'assets.exportCodes', input),
    describe: (r) => codesExported(r),
  }),
  command({
    name: 'contract generate',
    summary: "Write a creator's contract (.docx) from the pilot's template, their terms, code and link filled in",
    method: 'contracts.generate',
    flags: [
      { name: 'member', field: 'memberId', value: 'ID', help: 'Pilot creator id', required: true },
      { name: 'out', field: 'out', value: 'FILE', help: 'Where to write it (default: exports/ beside the workspace)' },
    ],
    run: (call, input) => writingTo(call, 'contracts.generate', input),
    describe: (r) => contractWritten(r),
  }),
  command({
    name: 'golive check',
    summary: 'A line per creator being readied: ready to go live, or what is missing (contract, code, link, content)',
    method: 'golive.check',
    flags: [pilotFlag],
    describe: (checks) => goLiveChecks(checks),
  }),
  command({
    name: 'signoffs overdue',
    summary: 'List the sign-offs past their SLA across every pilot',
    method: 'signoffs.overdue',
    flags: [
      { name: 'at', field: 'at', value: 'TIME', help: 'As of this moment, e.g. 2026-03-05T09:00:00Z (default now)' },
    ],
    describe: (list) => overdueList(list),
  }),
  command({
    name: 'timeline week',
    summary: 'What is due in a week across every pilot: sign-offs, follow-ups, contracts, go-live',
    method: 'timeline.week',
    flags: [{ name: 'date', field: 'date', value: 'YYYY-MM-DD', help: 'A day of the week (default today)' }],
    describe: (week) => weekList(week),
  }),
];
