/** `pilotdesk restore FILE` and `pilotdesk backups`, as a person runs them. */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/main/core/workspace/session';
import { Settings } from '../../src/main/core/workspace/settings';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/workspace';

describe('pilotdesk restore and backups', { timeout: 60_000 }, () => {
  it('restores a backup, keeps the replaced state, and lists it; refuses a damaged file with exit 1', async () => {
    const dataDir = tempDir();
    const workspace = join(dataDir, 'Acme.pilotdesk');
    const session = new Session(new Settings(dataDir), false);
    session.open(workspace, 'create');
    session.db.prepare("INSERT INTO brands (name, created_at) VALUES ('Before', 'x')").run();
    const backup = join(dataDir, 'before.pilotdesk');
    await session.backup(backup);
    session.db.prepare("INSERT INTO brands (name, created_at) VALUES ('After', 'x')").run();
    session.close();

    const notes = join(dataDir, 'notes.pilotdesk');
    writeFileSync(notes, 'Creator,Code\nMaya,MAYA15\n');
    const bad = await runCli(['restore', notes, '--workspace', workspace], dataDir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/notes\.pilotdesk is not a Pilotdesk workspace/);

    const run = await runCli(['restore', backup, '--workspace', workspace], dataDir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/The state it replaced is kept in .*before restore\.pilotdesk/);

    const list = await runCli(['backups', '--workspace', workspace, '--json'], dataDir);
    expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ reason: 'restore' })]);

    session.open(workspace, 'open');
    expect(session.db.prepare('SELECT name FROM brands').pluck().all()).toEqual(['Before']);
    session.close();
  });
});
