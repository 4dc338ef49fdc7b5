/**
 * The import benchmark: a generated 100k-order Shopify export (about 200k
 * rows), imported through the contract in a child process of its own, beside
 * papaparse alone over the same file in another, and the re-import of the
 * same file in a third (on the workspace the import wrote), so each peak
 * memory figure is that process's own. Target: import at most 1.5x the bare
 * parse, peak RSS under 500 MB, a re-import no slower than the first import.
 */

import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeShopifyExport } from '../fixtures/shopify-export';
import { median } from './timing';

interface ChildFigures {
  ms: number;
  previewMs?: number;
  maxRssMb: number;
}

function child(root: string, args: string[]): ChildFigures {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench/import-orders.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as ChildFigures;
}

export async function importBench(root: string, tmp: string, runs = 3): Promise<void> {
  const dir = join(tmp, 'import');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'orders_export_100k.csv');
  const rows = await writeShopifyExport(file, { orders: 100_000 });
  const mb = statSync(file).size / (1024 * 1024);
  console.log(`\nOrders import: generated Shopify export, 100,000 orders, ${rows} rows, ${mb.toFixed(0)} MB`);
  console.log(`  (median of ${runs}; each run a fresh process; ratio to the bare parse)`);

  const bare: ChildFigures[] = [];
  const imports: ChildFigures[] = [];
  const reimports: ChildFigures[] = [];
  for (let i = 0; i < runs; i++) {
    const workspace = join(dir, `w${i}.pilotdesk`);
    bare.push(child(root, ['bare', file]));
    imports.push(child(root, ['import', file, workspace, join(dir, 'data')]));
    reimports.push(child(root, ['reimport', file, workspace, join(dir, 'data')]));
  }
  const bareMs = median(bare.map((b) => b.ms));
  const lines: Array<[string, number, number]> = [
    ['bare: papaparse alone over the file', bareMs, Math.max(...bare.map((b) => b.maxRssMb))],
    [
      'import: read, preview, commit (first time)',
      median(imports.map((r) => r.ms)),
      Math.max(...imports.map((r) => r.maxRssMb)),
    ],
    ['  of which reading and planning the preview', median(imports.map((r) => r.previewMs ?? 0)), Number.NaN],
    [
      're-import of the same file (0 new)',
      median(reimports.map((r) => r.ms)),
      Math.max(...reimports.map((r) => r.maxRssMb)),
    ],
  ];
  const width = Math.max(...lines.map(([name]) => name.length));
  console.log(
    `  ${'case'.padEnd(width)}  ${'median ms'.padStart(9)}  ${'ratio'.padStart(7)}  ${'peak RSS'.padStart(9)}`,
  );
  for (const [name, ms, rss] of lines) {
    const peak = Number.isNaN(rss) ? '(same)' : `${rss} MB`;
    console.log(
      `  ${name.padEnd(width)}  ${ms.toFixed(0).padStart(9)}  ${`${(ms / bareMs).toFixed(2)}x`.padStart(7)}  ${peak.padStart(9)}`,
    );
  }
}
