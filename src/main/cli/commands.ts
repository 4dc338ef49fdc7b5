/**
 * The commands: each is one method of the API contract, its flags and where
 * each flag goes in the method's input, and how to summarise the result for a
 * person. Validation is the core's: the CLI passes the text as typed.
 */

import type { Method, ResultOf } from '../../shared/api/contract';
import type { Envelope } from '../../shared/api/errors';
import { type Pilot, PLATFORMS } from '../../shared/entities';
import { minorToDecimal } from '../../shared/money';
import { REPORT_SHEETS } from '../../shared/reports';
import type { FlagSpec } from './flags';
import { GOING_LIVE_COMMANDS } from './going-live-commands';
import { importBatches, importSummary, orderList, undone } from './import-output';
import { type Caller, type RunOptions, runImport } from './import-run';
import { longlistSummary } from './longlist-output';
import { creatorAdded, creatorList, demoLoaded, pilotCreated, pilotList } from './output';
import { batchWritten, dueList, runOutreachExport } from './outreach-output';
import { reportWritten, runReport } from './report-output';
import { resultsJson, resultsText } from './results-output';

export interface OutputContext {
  /** The pilot with this id, for its name and currency; undefined if it cannot be read. */
  pilot(id: unknown): Promise<Pilot | undefined>;
  /** The input the method was called with. */
  input: Record<string, unknown>;
}

export interface CommandSpec<M extends Method = Method> {
  /** The words that name it: "pilot create". */
  name: string;
  summary: string;
  method: M;
  flags: FlagSpec[];
  /** A required positional argument after the command words, and the input field it fills. */
  argument?: { name: string; field: string; help: string };
  /** Commands that take several calls (an import: start, wait, commit) run here instead of one call. */
  run?: (call: Caller, input: Record<string, unknown>, options: RunOptions) => Promise<Envelope<ResultOf<M>>>;
  describe(result: ResultOf<M>, ctx: OutputContext): string | Promise<string>;
  /** What --json prints, when it is not the result as it comes. */
  json?: (result: ResultOf<M>) => unknown;
}

const command = <M extends Method>(spec: CommandSpec<M>) => spec as unknown as CommandSpec;

const pilotFlag: FlagSpec = { name: 'pilot', field: 'pilotId', value: 'ID', help: 'Pilot id', required: true };

export const COMMANDS: CommandSpec[] = [
  command({
    name: 'pilot create',
    summary: 'Create a pilot (prints the new pilot)',
    method: 'pilots.create',
    flags: [
      { name: 'name', field: 'name', value: 'NAME', help: 'Pilot name', required: true },
      { name: 'currency', field: 'currency', value: 'CODE', help: 'ISO 4217 currency, e.g. USD', required: true },
      { name: 'start', field: 'startDate', value: 'YYYY-MM-DD', help: 'First day', required: true },
      { name: 'end', field: 'endDate', value: 'YYYY-MM-DD', help: 'Last day', required: true },
      { name: 'brand', field: 'brand', value: 'NAME', help: 'Client brand (created if new)' },
      { name: 'window-days', field: 'attributionWindowDays', value: 'DAYS', help: 'Attribution window (default 30)' },
      { name: 'return-days', field: 'returnWindowDays', value: 'DAYS', help: 'Return window (default 30)' },
      { name: 'target-cac', field: 'targetCac', value: 'AMOUNT', help: 'Target cost per customer, e.g. 25.00' },
      { name: 'min-orders', field: 'minSample', value: 'N', help: 'Orders needed before results count (default 10)' },
    ],
    describe: (pilot) => pilotCreated(pilot),
  }),
  command({
    name: 'pilot list',
    summary: 'List the pilots in the workspace',
    method: 'pilots.list',
    flags: [],
    describe: (pilots) => pilotList(pilots),
  }),
  command({
    name: 'creator add',
    summary: 'Add a creator to a pilot (prints the new membership)',
    method: 'creators.add',
    flags: [
      pilotFlag,
      { name: 'name', field: 'name', value: 'NAME', help: "Creator's name", required: true },
      { name: 'handle', field: 'handles.0.handle', value: '@HANDLE', help: 'Handle on the platform', required: true },
      {
        name: 'platform',
        field: 'handles.0.platform',
        value: 'PLATFORM',
        help: `${PLATFORMS.join(', ')} (default instagram)`,
      },
      { name: 'code', field: 'discountCode', value: 'CODE', help: 'Discount code, unique in the workspace' },
      { name: 'stipend', field: 'stipend', value: 'AMOUNT', help: 'Flat fee, e.g. 200.00' },
      { name: 'product-units', field: 'productUnits', value: 'N', help: 'Product units seeded' },
      { name: 'product-cost', field: 'productUnitCost', value: 'AMOUNT', help: 'Cost of one seeded unit' },
      { name: 'commission-rate', field: 'commissionRate', value: 'PERCENT', help: 'Commission on sales, e.g. 10' },
      { name: 'cpa', field: 'cpa', value: 'AMOUNT', help: 'Fee per attributed order' },
      { name: 'landing-url', field: 'landingUrl', value: 'URL', help: 'Landing page, https://...' },
      {
        name: 'go-live',
        field: 'goLiveDate',
        value: 'YYYY-MM-DD',
        help: 'First day their orders count (default pilot start)',
      },
    ],
    describe: async (member, ctx) => creatorAdded(member, await ctx.pilot(member.pilotId)),
  }),
  command({
    name: 'creator list',
    summary: "List a pilot's creators and their terms",
    method: 'creators.list',
    flags: [pilotFlag],
    describe: async (members, ctx) => creatorList(members, await ctx.pilot(ctx.input.pilotId)),
  }),
  command({
    name: 'orders import',
    summary: 'Import a shop orders export (Shopify, WooCommerce, Etsy, Square, BigCommerce, Squarespace, mapped)',
    method: 'imports.start',
    argument: { name: 'FILE', field: 'file.path', help: 'The export: .csv, .txt, .xlsx, .xls or .ods' },
    flags: [
      { name: 'brand', field: 'brandId', value: 'ID', help: 'Brand (shop) the orders belong to; default the only one' },
      ...importFlags(),
      { name: 'currency', field: 'currency', value: 'CODE', help: 'Currency of a file that names none' },
      { name: 'dry-run', field: 'dryRun', value: '', help: 'Show the preview; write nothing' },
    ],
    run: (call, input, options) => runImport(call, { ...input, kind: 'orders' }, options),
    describe: (job) => importSummary(job),
  }),
  command({
    name: 'clicks import',
    summary: "Import link clicks (Dub, Bitly, GA4 UTM reports) for a pilot's creators",
    method: 'imports.start',
    argument: { name: 'FILE', field: 'file.path', help: 'The clicks export' },
    flags: [pilotFlag, ...importFlags(), { name: 'dry-run', field: 'dryRun', value: '', help: 'Write nothing' }],
    run: (call, input, options) => runImport(call, { ...input, kind: 'clicks' }, options),
    describe: (job) => importSummary(job),
  }),
  command({
    name: 'longlist import',
    summary:
      'Import a creator longlist (a discovery tool’s export or your own sheet); one person is merged, never doubled',
    method: 'imports.start',
    argument: { name: 'FILE', field: 'file.path', help: 'The longlist: .csv, .txt, .xlsx, .xls or .ods' },
    flags: [
      { name: 'pilot', field: 'pilotId', value: 'ID', help: "Put the profiles on this pilot's longlist" },
      { name: 'sheet', field: 'sheet', value: 'NAME', help: 'Spreadsheet sheet to read (default the first)' },
      { name: 'max-file-mb', field: 'maxFileMb', value: 'MB', help: 'Largest file to accept (default 250)' },
      { name: 'dry-run', field: 'dryRun', value: '', help: 'Show the preview; write nothing' },
    ],
    run: (call, input, options) => runImport(call, { ...input, kind: 'longlist' }, options),
    describe: (job) => longlistSummary(job),
  }),
  ...GOING_LIVE_COMMANDS,
  command({
    name: 'orders list',
    summary: 'List orders, newest first, with the creator each is credited to in a pilot',
    method: 'orders.list',
    flags: [
      { name: 'pilot', field: 'pilotId', value: 'ID', help: 'Only this pilot’s orders, with their attribution' },
      { name: 'creator', field: 'creatorId', value: 'ID', help: 'Only orders credited to this pilot creator' },
      { name: 'batch', field: 'batchId', value: 'ID', help: 'Only orders of this import' },
      { name: 'rule', field: 'rule', value: 'RULE', help: 'code, link or none' },
      { name: 'limit', field: 'limit', value: 'N', help: 'At most N orders (default 500)' },
    ],
    describe: (page) => orderList(page),
  }),
  command({
    name: 'imports list',
    summary: 'List import batches, newest first',
    method: 'imports.list',
    flags: [],
    describe: (batches) => importBatches(batches),
  }),
  command({
    name: 'imports undo',
    summary: 'Undo one import batch: its new orders go, the orders it updated get their old values back',
    method: 'imports.undo',
    flags: [{ name: 'batch', field: 'batchId', value: 'ID', help: 'Import batch id', required: true }],
    describe: (batch) => undone(batch),
  }),
  command({
    name: 'results',
    summary: "Print a pilot's results: the summary and every creator's figures and verdict",
    method: 'results.get',
    flags: [pilotFlag],
    describe: (results) => resultsText(results),
    json: (results) => resultsJson(results),
  }),
  command({
    name: 'payouts export',
    summary: "Write a pilot's finance payout file: one row per approved payout (never overwrites a file)",
    method: 'payouts.export',
    flags: [
      pilotFlag,
      { name: 'format', field: 'format', value: 'FORMAT', help: 'csv or xlsx', required: true },
      { name: 'out', field: 'path', value: 'FILE', help: 'Where to write it (default: exports/ beside the workspace)' },
    ],
    describe: (r) =>
      `Wrote ${r.rows} payout${r.rows === 1 ? '' : 's'}, ${minorToDecimal(r.totalMinor, r.currency)} ${r.currency} in all, to ${r.path}`,
  }),
  command({
    name: 'report',
    summary: "Write a pilot's client report as .xlsx, a sheet per part (never overwrites a file)",
    method: 'reports.export',
    flags: [
      pilotFlag,
      { name: 'out', field: 'out', value: 'FILE.xlsx', help: 'Where to write the report', required: true },
      {
        name: 'sheets',
        field: 'sheets',
        value: 'LIST',
        help: `Sheets to include, comma-separated: ${REPORT_SHEETS.join(',')} (default all)`,
      },
      {
        name: 'no-costs',
        field: 'includeCosts',
        value: '',
        help: 'Leave out costs, fees, commission, CAC, ROAS and the Payouts sheet',
      },
    ],
    run: (call, input) => runReport(call, input),
    describe: (r) => reportWritten(r),
  }),
  command({
    name: 'outreach due',
    summary: 'List follow-ups due on or before a day (default today), oldest first',
    method: 'outreach.due',
    flags: [
      { name: 'pilot', field: 'pilotId', value: 'ID', help: 'Only this pilot (default every pilot not archived)' },
      { name: 'date', field: 'date', value: 'YYYY-MM-DD', help: 'Due on or before this day (default today)' },
    ],
    describe: (due) => dueList(due),
  }),
  command({
    name: 'outreach export',
    summary:
      "Write outreach messages as a mail-merge CSV or .eml drafts, within today's send cap, and log them as sent",
    method: 'outreach.exportBatch',
    flags: [
      pilotFlag,
      { name: 'template', field: 'templateId', value: 'ID', help: 'Template id', required: true },
      { name: 'members', field: 'members', value: 'IDS', help: 'Pilot creator ids, comma-separated', required: true },
      { name: 'format', field: 'format', value: 'FORMAT', help: 'csv or eml', required: true },
      { name: 'local-version', field: 'localVersionId', value: 'ID', help: "The template's local version to use" },
      { name: 'deadline', field: 'deadline', value: 'YYYY-MM-DD', help: 'Reply-by date merged as {{deadline}}' },
      { name: 'follow-up', field: 'followUpDate', value: 'YYYY-MM-DD', help: 'Follow-up date (default three days on)' },
      {
        name: 'out',
        field: 'out',
        value: 'PATH',
        help: 'csv: the file; eml: the folder to make the batch folder in (default: exports/ beside the workspace)',
      },
    ],
    run: (call, input) => runOutreachExport(call, input),
    describe: (r) => batchWritten(r),
  }),
  command({
    name: 'restore',
    summary: "Replace the workspace's data with a backup's (the current state is backed up first)",
    method: 'workspace.restore',
    flags: [],
    argument: { name: 'FILE', field: 'path', help: 'The backup file to restore from' },
    describe: ({ workspace: w, safetyBackup }) =>
      `Restored ${w.path}: ${w.pilotCount} pilots, ${w.orderCount} orders.\nThe state it replaced is kept in ${safetyBackup}`,
  }),
  command({
    name: 'backups',
    summary: "List the workspace's automatic backups, newest first",
    method: 'backups.list',
    flags: [],
    describe: (list) =>
      list.length === 0
        ? 'No automatic backups yet.'
        : list.map((b) => `${b.createdAt}  before ${b.reason.padEnd(9)}  ${b.path}`).join('\n'),
  }),
  command({
    name: 'demo',
    summary: 'Load the demo pilot (12 creators, three months of orders) into the workspace',
    method: 'demo.load',
    flags: [],
    describe: async (summary, ctx) => demoLoaded(summary, await ctx.pilot(summary.pilotId)),
  }),
];

function importFlags(): FlagSpec[] {
  return [
    { name: 'format', field: 'format', value: 'ID', help: 'Read as this layout instead of detecting it' },
    { name: 'date-order', field: 'dateOrder', value: 'ORDER', help: 'ymd, mdy or dmy, when dates are ambiguous' },
    { name: 'decimal-mark', field: 'decimalMark', value: 'MARK', help: '"." or ","' },
    { name: 'sheet', field: 'sheet', value: 'NAME', help: 'Spreadsheet sheet to read (default the first)' },
    { name: 'max-file-mb', field: 'maxFileMb', value: 'MB', help: 'Largest file to accept (default 250)' },
  ];
}

export function findCommand(words: string[]): CommandSpec | undefined {
  const name = words.join(' ');
  return COMMANDS.find((c) => c.name === name);
}
