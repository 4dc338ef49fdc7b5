import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../src/main/server/server';
import { newWorkspace, tempDir } from '../helpers/workspace';

let server: WebServer;
let ws: ReturnType<typeof newWorkspace>;

beforeAll(async () => {
  ws = newWorkspace();
  const renderer = join(tempDir(), 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Pilotdesk</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(ws.dir, 'secret.txt'), 'not for the web');
  server = await startWebServer({ session: ws.session, rendererDir: renderer });
});
afterAll(() => server.close());

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP, so the test controls every header (Host and Origin included). */
function send(
  path: string,
  {
    method = 'POST',
    headers = {},
    body = '',
  }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: server.port, path, method, headers: { host: `127.0.0.1:${server.port}`, ...headers } },
      (res) => {
        let data = '';
        res.on('data', (c) => {
          data += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const api = (method: string, input: unknown, headers: Record<string, string> = {}) =>
  send(`/api/${method}`, {
    headers: { 'content-type': 'application/json', 'x-pilotdesk-token': server.token, ...headers },
    body: JSON.stringify(input),
  });

describe('web mode', () => {
  it('listens on loopback only, and prints an address holding the token in its fragment', () => {
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.url).toBe(`${server.origin}/#token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers API calls that carry the token', async () => {
    const res = await api('pilots.create', {
      name: 'Web',
      currency: 'EUR',
      startDate: '2026-01-01',
      endDate: '2026-02-01',
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, data: { name: 'Web', currency: 'EUR' } });
  });

  it('returns validation errors naming the field', async () => {
    const res = await api('pilots.create', { name: 'Bad', currency: 'EUR', startDate: '2026-01-01', endDate: 'soon' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'endDate' } });
  });

  it('refuses calls without the token or with a wrong one, and changes nothing', async () => {
    const before = ws.session.info().pilotCount;
    const input = JSON.stringify({ name: 'Sneaky', currency: 'USD', startDate: '2026-01-01', endDate: '2026-02-01' });
    const none = await send('/api/pilots.create', { headers: { 'content-type': 'application/json' }, body: input });
    expect(none.status).toBe(401);
    const wrong = await send('/api/pilots.create', {
      headers: { 'content-type': 'application/json', 'x-pilotdesk-token': `${server.token.slice(0, -1)}x` },
      body: input,
    });
    expect(wrong.status).toBe(401);
    expect(ws.session.info().pilotCount).toBe(before);
  });

  it('refuses calls from another Origin even with the token', async () => {
    const res = await api('pilots.list', {}, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    const same = await api('pilots.list', {}, { origin: server.origin });
    expect(same.status).toBe(200);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await api('pilots.list', {}, { host: `evil.example:${server.port}` });
    expect(res.status).toBe(403);
    const page = await send('/', { method: 'GET', headers: { host: 'evil.example' } });
    expect(page.status).toBe(403);
  });

  it('accepts JSON bodies only (no cross-site form posts)', async () => {
    const res = await send('/api/pilots.list', {
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-pilotdesk-token': server.token },
      body: 'a=1',
    });
    expect(res.status).toBe(415);
    const broken = await send('/api/pilots.list', {
      headers: { 'content-type': 'application/json', 'x-pilotdesk-token': server.token },
      body: '{not json',
    });
    expect(broken.status).toBe(400);
  });

  it('serves the page with a strict CSP, and nothing outside the renderer folder', async () => {
    const page = await send('/', { method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Pilotdesk</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await send('/assets/app.js', { method: 'GET' })).status).toBe(200);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      const res = await send(path, { method: 'GET' });
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('not for the web');
    }
  });

  it('refuses unknown methods and non-POST API calls', async () => {
    expect((await api('fs.readFile', { path: '/etc/passwd' })).status).toBe(404);
    expect((await send('/api/pilots.list', { method: 'GET' })).status).toBe(405);
  });
});
