import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every .ts/.tsx file under a folder, tests included. */
function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => join(dir, f));
}

/** Source without comments, so a comment that mentions `window.x` is no offence. */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

function offenders(dir: string, pattern: RegExp): string[] {
  return sources(dir)
    .filter((file) => pattern.test(code(file)))
    .map((file) => relative(process.cwd(), file));
}

const UI_IMPORT =
  /from\s+['"](electron|react|react-dom)(\/[^'"]*)?['"]|require\(\s*['"]electron['"]\s*\)|import\(\s*['"](electron|react)['"]\s*\)/;
// DOM globals used as values, not as words in comments or strings of SQL.
const DOM_USE = /(^|[^./\w'"])(window|document|navigator|localStorage|sessionStorage)\s*[.[]/m;

describe('architecture', () => {
  it('keeps the core and shared code free of Electron, React and the DOM', () => {
    for (const dir of ['src/main/core', 'src/shared']) {
      expect(offenders(dir, UI_IMPORT), `${dir} imports UI code`).toEqual([]);
      expect(offenders(dir, DOM_USE), `${dir} uses DOM globals`).toEqual([]);
    }
  });

  it('keeps the renderer out of main and away from the database', () => {
    expect(
      offenders('src/renderer', /from\s+['"](\.\.\/)+main\/|from\s+['"]better-sqlite3['"]|from\s+['"]node:/),
    ).toEqual([]);
  });

  it('keeps the CLI and web mode free of Electron', () => {
    expect(offenders('src/main/server', UI_IMPORT)).toEqual([]);
    expect(offenders('src/main/cli', UI_IMPORT)).toEqual([]);
  });
});
