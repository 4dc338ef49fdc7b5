import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../src/main/server/server';
import { UploadStore } from '../../src/main/server/uploads';
import { newWorkspace, tempDir } from '../helpers/workspace';

const MAX_UPLOAD = 64 * 1024;
let server: WebServer;
let ws: ReturnType<typeof newWorkspace>;

beforeAll(async () => {
  ws = newWorkspace();
  const renderer = join(tempDir(), 'renderer');
  mkdirSync(renderer, { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Pilotdesk</title>');
  server = await startWebServer({ session: ws.session, rendererDir: renderer, maxUploadBytes: MAX_UPLOAD });
});
afterAll(() => server.close());

interface Reply {
  status: number;
  body: string;
}

/** Raw HTTP, so the test controls every header; `chunked` sends no Content-Length. */
function upload(body: Buffer, headers: Record<string, string> = {}, chunked = false): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        path: '/api/upload',
        method: 'POST',
        headers: {
          host: `127.0.0.1:${server.port}`,
          'content-type': 'application/octet-stream',
          'x-pilotdesk-token': server.token,
          ...(chunked ? {} : { 'content-length': String(body.length) }),
          ...headers,
        },
      },
      (res) => {
        let data = '';
        res.on('data', (c) => {
          data += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
      },
    );
    req.on('error', reject);
    if (chunked) {
      // Several writes without a length: the server must count as it reads.
      for (let i = 0; i < body.length; i += 8192) req.write(body.subarray(i, i + 8192));
      req.end();
    } else req.end(body);
  });
}

const uploadsOf = () => ws.session.uploads;

describe('web-mode upload', () => {
  it('keeps the bytes and the file name, and hands them to the session by id', async () => {
    const csv = Buffer.from('\uFEFFName,Total\n#1001,12.50\n#1002,"1,200.00"\n', 'utf8');
    const res = await upload(csv, { 'x-file-name': encodeURIComponent('orders_export (1) é.csv') });
    expect(res.status).toBe(200);
    const reply = JSON.parse(res.body) as { ok: true; data: { uploadId: string } };
    expect(reply.ok).toBe(true);
    expect(reply.data.uploadId).toMatch(/^[a-f0-9]{32}$/);

    const held = uploadsOf()?.take(reply.data.uploadId);
    expect(held?.name).toBe('orders_export (1) é.csv');
    expect(held?.bytes.equals(csv)).toBe(true);
    // Taking does not remove it: a preview can be re-run on the same upload.
    expect(uploadsOf()?.take(reply.data.uploadId)?.bytes.equals(csv)).toBe(true);
  });

  it('accepts a body sent without a length, and keeps only the base name of the file', async () => {
    const bytes = Buffer.alloc(40_000, 0x61);
    const res = await upload(bytes, { 'x-file-name': encodeURIComponent('../../etc/passwd') }, true);
    expect(res.status).toBe(200);
    const { uploadId } = JSON.parse(res.body).data as { uploadId: string };
    expect(uploadsOf()?.take(uploadId)).toMatchObject({ name: 'passwd' });
    expect(uploadsOf()?.take(uploadId)?.bytes.length).toBe(40_000);
  });

  it('refuses an upload without the token or with a wrong one, and keeps nothing', async () => {
    const before = server.uploads.heldBytes;
    const none = await upload(Buffer.from('a,b\n1,2\n'), { 'x-pilotdesk-token': '' });
    expect(none.status).toBe(401);
    const wrong = await upload(Buffer.from('a,b\n1,2\n'), { 'x-pilotdesk-token': `${server.token.slice(0, -1)}x` });
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(server.uploads.heldBytes).toBe(before);
  });

  it('refuses an upload from another origin or to another host, even with the token', async () => {
    const before = server.uploads.heldBytes;
    const evil = await upload(Buffer.from('a,b\n'), { origin: 'https://evil.example' });
    expect(evil.status).toBe(403);
    const rebound = await upload(Buffer.from('a,b\n'), { host: `evil.example:${server.port}` });
    expect(rebound.status).toBe(403);
    expect(server.uploads.heldBytes).toBe(before);
    const own = await upload(Buffer.from('a,b\n'), { origin: server.origin });
    expect(own.status).toBe(200);
  });

  it('accepts raw bytes only (a cross-site form cannot send them)', async () => {
    const form = await upload(Buffer.from('a=1'), { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    const badName = await upload(Buffer.from('a,b\n'), { 'x-file-name': '%E0%A4%A' });
    expect(badName.status).toBe(400);
    const empty = await upload(Buffer.alloc(0));
    expect(empty.status).toBe(400);
    expect(JSON.parse(empty.body).error.message).toBe('The file is empty');
  });

  it('refuses a file over the size cap with 413, whether its length is declared or not', async () => {
    const big = Buffer.alloc(MAX_UPLOAD + 1, 0x62);
    const declared = await upload(big);
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body).error.message).toMatch(/larger than/);
    const streamed = await upload(big, {}, true);
    expect(streamed.status).toBe(413);
    const atCap = await upload(Buffer.alloc(MAX_UPLOAD, 0x62));
    expect(atCap.status).toBe(200);
  });
});

describe('upload store', () => {
  it('forgets uploads after their time is up', () => {
    let now = 1_000;
    const store = new UploadStore({ ttlMs: 30 * 60 * 1000, now: () => now });
    const id = store.put('a.csv', Buffer.from('x'));
    now += 29 * 60 * 1000;
    expect(store.take(id)?.name).toBe('a.csv');
    now += 2 * 60 * 1000;
    expect(store.take(id)).toBeNull();
    expect(store.heldBytes).toBe(0);
  });

  it('drops the oldest uploads to stay under its byte cap, and refuses one larger than the cap', () => {
    const store = new UploadStore({ maxTotalBytes: 10 });
    const first = store.put('1.csv', Buffer.alloc(4));
    const second = store.put('2.csv', Buffer.alloc(4));
    const third = store.put('3.csv', Buffer.alloc(4));
    expect(store.take(first)).toBeNull();
    expect(store.take(second)?.name).toBe('2.csv');
    expect(store.take(third)?.name).toBe('3.csv');
    expect(store.heldBytes).toBe(8);
    expect(() => store.put('huge.csv', Buffer.alloc(11))).toThrow(RangeError);
    expect(store.take('0'.repeat(32))).toBeNull();
  });
});
