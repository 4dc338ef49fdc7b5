/**
 * The benchmark's one timing helper and its table. A section is a list of
 * named cases timed the same way; its first case is the bare baseline the
 * others are compared with, measured in the same run on the same machine.
 */

import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export interface BenchCase {
  name: string;
  run: () => unknown;
  /** Untimed work before each run (e.g. reloading a page so every run starts cold). */
  prepare?: () => unknown;
}

export interface Section {
  title: string;
  /** Timed runs per case (after one untimed warm-up run). */
  runs: number;
  /** The first case is the baseline. */
  cases: BenchCase[];
  setup?: () => unknown;
  teardown?: () => unknown;
}

export interface Figure {
  name: string;
  medianMs: number;
  minMs: number;
  ratio: number;
}

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Times `fn` `runs` times after one warm-up; returns each run's milliseconds. */
export async function time(runs: number, fn: () => unknown, prepare?: () => unknown): Promise<number[]> {
  await prepare?.();
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    await prepare?.();
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

export async function runSection(section: Section): Promise<Figure[]> {
  await section.setup?.();
  try {
    const figures: Figure[] = [];
    for (const c of section.cases) {
      const samples = await time(section.runs, c.run, c.prepare);
      const medianMs = median(samples);
      figures.push({
        name: c.name,
        medianMs,
        minMs: Math.min(...samples),
        ratio: medianMs / (figures[0]?.medianMs ?? medianMs),
      });
    }
    return figures;
  } finally {
    await section.teardown?.();
  }
}

export function printSection(section: Section, figures: Figure[]): void {
  const width = Math.max(...figures.map((f) => f.name.length), 8);
  const num = (n: number) => n.toFixed(1).padStart(9);
  console.log(`\n${section.title} (median of ${section.runs}; ratio to the first row)`);
  console.log(`  ${'case'.padEnd(width)}  ${'median ms'.padStart(9)}  ${'min ms'.padStart(9)}  ${'ratio'.padStart(7)}`);
  for (const f of figures) {
    console.log(
      `  ${f.name.padEnd(width)}  ${num(f.medianMs)}  ${num(f.minMs)}  ${`${f.ratio.toFixed(2)}x`.padStart(7)}`,
    );
  }
}

/** Runs a child `node ARGS` to the end; throws with its stderr if it fails. */
export function node(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): void {
  const child = spawnSync(process.execPath, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    encoding: 'utf8',
  });
  if (child.status !== 0) {
    throw new Error(`node ${args.join(' ')} exited ${child.status}: ${child.stderr || child.error?.message}`);
  }
}
