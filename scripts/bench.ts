/**
 * `npx tsx scripts/bench.ts` (npm run bench): how long Pilotdesk takes for the
 * things a person waits on, each beside a bare baseline timed in the same run,
 * so the ratios hold across machines. Add a section to SECTIONS for a new
 * figure; every section shares the timing helper in scripts/bench/timing.ts.
 */

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { dispatch } from '../src/main/core/api';
import { Session } from '../src/main/core/workspace/session';
import { Settings } from '../src/main/core/workspace/settings';
import { goingLiveSection } from './bench/going-live-section';
import { importBench } from './bench/import-section';
import { reportSection } from './bench/report-section';
import { resultsScreenSection } from './bench/results-screen';
import { resultsSection } from './bench/results-section';
import { resultsWorkspace } from './bench/results-workspace';
import { sourcingScreenSection } from './bench/sourcing-screen';
import { sourcingSection } from './bench/sourcing-section';
import { node, printSection, runSection, type Section } from './bench/timing';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TMP = mkdtempSync(join(tmpdir(), 'pilotdesk-bench-'));

let fileCount = 0;
/** A path for a new file in the bench's temp folder. */
const freshFile = (ext = '.pilotdesk') => join(TMP, 'files', `w${++fileCount}${ext}`);

const RAW_OPEN = `const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.prepare('SELECT count(*) FROM sqlite_master').get();
db.close();`;

const coldStart: Section = {
  title: 'Cold start: a fresh node process that opens a new workspace',
  runs: 7,
  setup: () => mkdirSync(join(TMP, 'files'), { recursive: true }),
  cases: [
    { name: 'bare: node -e ""', run: () => node(['-e', ''], { cwd: ROOT }) },
    {
      name: 'raw better-sqlite3: open a new file + query',
      run: () => node(['-e', RAW_OPEN, freshFile('.sqlite')], { cwd: ROOT }),
    },
    {
      name: 'core via tsx: import + create workspace',
      run: () => node(['scripts/bench/open-workspace.mjs', join(TMP, 'data'), freshFile()], { cwd: ROOT }),
    },
    {
      name: 'CLI: pilotdesk pilot list --json (new workspace)',
      run: () =>
        node(['bin/pilotdesk.mjs', 'pilot', 'list', '--json', '--workspace', freshFile()], {
          cwd: ROOT,
          env: { ...process.env, PILOTDESK_DATA_DIR: join(TMP, 'data') },
        }),
    },
  ],
};

const demoFile = join(TMP, 'demo.pilotdesk');
const session = new Session(new Settings(join(TMP, 'data')));

const demoOpen: Section = {
  title: 'Workspace open: the demo workspace, in process',
  runs: 20,
  setup: async () => {
    session.open(demoFile, 'create');
    const loaded = await dispatch(session, 'demo.load', {});
    if (!loaded.ok) throw new Error(`demo.load failed: ${loaded.error.message}`);
    session.close();
  },
  cases: [
    {
      name: 'bare: new Database + count(orders) + close',
      run: () => {
        const db = new Database(demoFile);
        db.prepare('SELECT count(*) FROM orders').get();
        db.close();
      },
    },
    {
      // What the core's pre-open check costs: it is most of the gap to the baseline.
      name: 'bare + quick_check(1) (the check the core runs)',
      run: () => {
        const db = new Database(demoFile);
        db.pragma('quick_check(1)');
        db.prepare('SELECT count(*) FROM orders').get();
        db.close();
      },
    },
    {
      name: "Session.open(path, 'open') + info() + close",
      run: () => {
        session.open(demoFile, 'open');
        session.info();
        session.close();
      },
    },
  ],
};

// The 50-creator workspace of 100k attributed orders, built once for the sections that need it.
const resultsSession = new Session(new Settings(join(TMP, 'data')));
let resultsPilotId: Promise<number> | undefined;
let builtPilotId = 0;
const resultsReady = async (): Promise<Session> => {
  resultsPilotId ??= (async () => {
    const started = performance.now();
    const id = await resultsWorkspace(resultsSession, TMP, join(TMP, 'results.pilotdesk'));
    console.log(
      `\n(workspace for the results benches built in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    return id;
  })();
  builtPilotId = await resultsPilotId;
  return resultsSession;
};
const results = resultsSection(resultsSession, () => builtPilotId);
results.setup = resultsReady;

const SECTIONS: Section[] = [
  coldStart,
  demoOpen,
  results,
  resultsScreenSection(ROOT, resultsReady),
  reportSection(resultsReady, () => builtPilotId, TMP),
  sourcingSection(TMP),
  sourcingScreenSection(ROOT, TMP),
  goingLiveSection(TMP),
];

const started = performance.now();
try {
  console.log(`Pilotdesk bench: node ${process.version}, ${process.platform}-${process.arch}`);
  // `npm run bench -- results` runs only the sections whose title starts with that word.
  const only = process.argv[2]?.toLowerCase();
  for (const section of SECTIONS) {
    if (!only || section.title.toLowerCase().startsWith(only)) printSection(section, await runSection(section));
  }
  if (!only || only === 'import') await importBench(ROOT, TMP);
  console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  session.close();
  resultsSession.close();
  rmSync(TMP, { recursive: true, force: true });
}
