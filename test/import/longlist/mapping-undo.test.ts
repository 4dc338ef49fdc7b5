/** A longlist's column mapping remembered, a cancelled preview, and undo with its refusals. */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bucketCounts, importFile, preview } from '../../helpers/imports';
import { newWorkspace } from '../../helpers/workspace';
import { count, fixture, pilot, profiles } from './helpers';

describe('longlist mapping and cancel', () => {
  it('asks for a mapping when no column leads to a handle, and remembers it for the same header', async () => {
    const ws = newWorkspace();
    const file = join(ws.dir, 'eigene-liste.csv');
    writeFileSync(file, 'Wer;Konto;Fans;Quote\nMaya;@maya.makes;12,5k;3,2 %\nJonas;@jonas.glow;8.900;4,1 %\n');
    const unmapped = await preview(ws, { kind: 'longlist', file: { path: file } });
    expect(unmapped.state).toBe('ready');
    expect(unmapped.preview).toMatchObject({ needsMapping: true, headers: ['Wer', 'Konto', 'Fans', 'Quote'] });
    expect(unmapped.preview?.warnings[0]).toMatch(/No column with handles or profile links was found/);
    expect(await ws.call('imports.commit', { jobId: unmapped.id })).toMatchObject({
      ok: false,
      error: { field: 'mapping' },
    });

    const mapping = { name: 'Wer', handle: 'Konto', followers: 'Fans', engagementRate: 'Quote' };
    const mapped = await importFile(ws, { kind: 'longlist', file: { path: file }, mapping });
    expect(bucketCounts(mapped)).toEqual({ added: 2 });
    expect(profiles(ws).map((p) => [p.name, p.followers, p.engagementBp])).toEqual([
      ['Jonas', 8_900, 410],
      ['Maya', 12_500, 320],
    ]);

    // The same header in another order, another day: read with the remembered mapping.
    const next = join(ws.dir, 'eigene-liste-2.csv');
    writeFileSync(next, 'Konto;Wer;Quote;Fans\n@lea.hoff;Lea;5 %;20K\n');
    const remembered = await preview(ws, { kind: 'longlist', file: { path: next } });
    expect(remembered.preview?.needsMapping).toBe(false);
    expect(remembered.preview?.longlistRows?.[0]).toMatchObject({ name: 'Lea', followers: 20_000, engagementBp: 500 });
  });

  it('writes nothing when cancelled', async () => {
    const ws = newWorkspace();
    const p = await pilot(ws, 'Autumn');
    const ready = await preview(ws, { kind: 'longlist', file: fixture('hand-kept.xlsx'), pilotId: p.id });
    expect((await ws.ok('imports.cancel', { jobId: ready.id })).state).toBe('cancelled');
    expect(await ws.call('imports.commit', { jobId: ready.id })).toMatchObject({ ok: false });
    expect(count(ws, 'creators') + count(ws, 'pilot_creators') + count(ws, 'import_batches')).toBe(0);
    expect(await ws.ok('backups.list', {})).toEqual([]);
  });

  it('refuses a pilot that does not exist', async () => {
    const ws = newWorkspace();
    expect(
      await ws.call('imports.start', { kind: 'longlist', file: fixture('hand-kept.xlsx'), pilotId: 99 }),
    ).toMatchObject({ ok: false, error: { field: 'pilotId', message: 'pilotId: Pilot 99 does not exist' } });
  });
});

describe('undoing a longlist import', () => {
  it('removes the profiles and longlist places it added and restores the profiles it merged into', async () => {
    const ws = newWorkspace();
    const a = await pilot(ws, 'Autumn');
    const b = await pilot(ws, 'Winter');
    await importFile(ws, { kind: 'longlist', file: fixture('hand-kept.xlsx'), pilotId: a.id });
    const before = profiles(ws);
    const second = await importFile(ws, { kind: 'longlist', file: fixture('modash-instagram.csv'), pilotId: b.id });
    expect(profiles(ws)).toHaveLength(9);
    const batch = (await ws.ok('imports.list', {}))[0];
    expect(batch).toMatchObject({ id: second.batchId, kind: 'longlist', pilotId: b.id, added: 4, updated: 1 });
    expect(batch?.undoBlockedBy).toBeNull();

    const undone = await ws.ok('imports.undo', { batchId: second.batchId });
    expect(undone.undoneAt).not.toBeNull();
    expect(profiles(ws)).toEqual(before);
    expect(count(ws, `pilot_creators WHERE pilot_id = ${b.id}`)).toBe(0);
    expect(count(ws, `pilot_creators WHERE pilot_id = ${a.id}`)).toBe(5);
    expect(count(ws, `profile_revisions WHERE batch_id = ${second.batchId}`)).toBe(0);

    // Undone, the same file imports afresh.
    const again = await importFile(ws, { kind: 'longlist', file: fixture('modash-instagram.csv'), pilotId: b.id });
    expect(bucketCounts(again)).toEqual({ added: 4, updated: 1 });
  });

  it('is refused while a later longlist changed the same profiles, naming them', async () => {
    const ws = newWorkspace();
    const first = await importFile(ws, { kind: 'longlist', file: fixture('hand-kept.xlsx') });
    const second = await importFile(ws, { kind: 'longlist', file: fixture('hypeauditor-tiktok.xlsx') });
    const refused = await ws.call('imports.undo', { batchId: first.batchId });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: `Import ${first.batchId} cannot be undone: import ${second.batchId} changed the same profiles later (Maya Lin); undo it first`,
      },
    });
    await ws.ok('imports.undo', { batchId: second.batchId });
    await ws.ok('imports.undo', { batchId: first.batchId });
    expect(profiles(ws)).toEqual([]);
  });

  it('is refused once a profile it touched was edited by hand, since undo would put back the profile from before', async () => {
    const ws = newWorkspace();
    await importFile(ws, { kind: 'longlist', file: fixture('hand-kept.xlsx') });
    const done = await importFile(ws, { kind: 'longlist', file: fixture('modash-instagram.csv') });
    const reason = async () => (await ws.ok('imports.list', {})).find((x) => x.id === done.batchId)?.undoBlockedBy;
    expect(await reason()).toBeNull();
    const creatorId = ws.session.db.prepare("SELECT id FROM creators WHERE name = 'Clara Jensen'").pluck().get();
    await ws.ok('profiles.save', {
      creatorId,
      name: 'Clara Jensen',
      handles: [{ platform: 'instagram', handle: 'clara.skin' }],
      email: 'clara@agency.example',
    });
    expect(await reason()).toBe(
      'Clara Jensen was edited by hand since this import, and undoing would lose those edits; restore the automatic backup made before this import instead',
    );
    expect(await ws.call('imports.undo', { batchId: done.batchId })).toMatchObject({ ok: false });
    expect(profiles(ws).find((p) => p.name === 'Clara Jensen')?.email).toBe('clara@agency.example');
  });

  it('is refused when a member it added moved past the longlist, was contacted, or a profile it added joined another pilot', async () => {
    const ws = newWorkspace();
    const a = await pilot(ws, 'Autumn');
    const b = await pilot(ws, 'Winter');
    const done = await importFile(ws, { kind: 'longlist', file: fixture('modash-instagram.csv'), pilotId: a.id });
    const db = ws.session.db;
    const member = (name: string) =>
      db
        .prepare(
          'SELECT pc.id FROM pilot_creators pc JOIN creators c ON c.id = pc.creator_id WHERE c.name = ? AND pc.pilot_id = ?',
        )
        .pluck()
        .get(name, a.id) as number;
    const reason = async () => (await ws.ok('imports.list', {})).find((x) => x.id === done.batchId)?.undoBlockedBy;

    db.prepare("UPDATE pilot_creators SET stage = 'shortlist' WHERE id IN (?, ?)").run(
      member('Maya Lin'),
      member('Clara Jensen'),
    );
    expect(await reason()).toBe(
      'Clara Jensen and Maya Lin have moved past the longlist of Autumn; move them back to the longlist first, or restore the automatic backup made before this import',
    );
    db.prepare("UPDATE pilot_creators SET stage = 'longlist'").run();

    db.prepare(
      "INSERT INTO contacts (pilot_creator_id, at, by_user, kind) VALUES (?, '2026-09-02T10:00:00Z', 'Lena', 'sent')",
    ).run(member('Noor Haddad'));
    expect(await reason()).toBe(
      'contacts are logged for Noor Haddad, which undoing would delete; restore the automatic backup made before this import instead',
    );
    db.prepare('DELETE FROM contacts').run();

    await importFile(ws, { kind: 'longlist', file: fixture('heepsy.ods'), pilotId: b.id });
    await ws.ok('imports.undo', { batchId: done.batchId + 1 });
    db.prepare(
      `INSERT INTO pilot_creators (pilot_id, creator_id, stage, created_at, updated_at)
       SELECT ?, id, 'longlist', '2026-09-02', '2026-09-02' FROM creators WHERE name = 'Lukas Brandt'`,
    ).run(b.id);
    expect(await reason()).toMatch(
      /^Lukas Brandt is in Winter since this import, so the profile must stay; remove them/,
    );
    expect(await ws.call('imports.undo', { batchId: done.batchId })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(profiles(ws)).toHaveLength(5);
  });
});
