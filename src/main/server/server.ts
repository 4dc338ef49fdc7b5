/**
 * Web mode: the renderer and the handler table over HTTP on loopback.
 *
 * Security: bound to 127.0.0.1 only; every API call must carry this run's
 * random token (given to the page in the URL fragment, which browsers never
 * send to servers or referrers); the Host header must name this server (no
 * DNS rebinding) and a browser Origin must be our own (no cross-site calls);
 * bodies must be JSON, which a cross-site form cannot send.
 */

import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/api/csp';
import type { ApiErrorBody, Envelope } from '../../shared/api/errors';
import { dispatch } from '../core/api';
import type { Session } from '../core/workspace/session';

export const TOKEN_HEADER = 'x-pilotdesk-token';
const MAX_BODY_BYTES = 10 * 1024 * 1024;
const LOOPBACK = '127.0.0.1';

export interface WebServerOptions {
  session: Session;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface WebServer {
  /** Address to open, with the token in its fragment. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const STATUS: Record<ApiErrorBody['code'], number> = {
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  no_workspace: 409,
  workspace_unreadable: 422,
  workspace_too_new: 422,
  unknown_method: 404,
  internal: 500,
};

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendError(res, 500, 'internal', `Unexpected error: ${(err as Error).message}`);
      else res.end();
    });
  });

  let port = 0;
  const allowedHosts = () => new Set([`${LOOPBACK}:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://${LOOPBACK}:${port}`, `http://localhost:${port}`]);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    securityHeaders(res);
    if (!allowedHosts().has(req.headers.host ?? '')) {
      return sendError(res, 403, 'invalid_input', 'Refused: this server answers only to its own loopback address');
    }
    const url = new URL(req.url ?? '/', `http://${LOOPBACK}`);
    if (url.pathname.startsWith('/api/')) return api(req, res, url.pathname.slice(5));
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendError(res, 405, 'invalid_input', 'Method not allowed');
    return serveFile(res, options.rendererDir, url.pathname);
  }

  async function api(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') return sendError(res, 405, 'invalid_input', 'API calls are POST');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) {
      return sendError(res, 403, 'invalid_input', `Refused: requests from ${origin} are not allowed`);
    }
    if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
      return sendError(
        res,
        401,
        'invalid_input',
        'Refused: missing or wrong token; open the address Pilotdesk printed',
      );
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendError(res, 415, 'invalid_input', 'API calls send JSON (Content-Type: application/json)');
    }
    const body = await readBody(req);
    if (body === null) return sendError(res, 413, 'invalid_input', 'Request body is too large');
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return sendError(res, 400, 'invalid_input', 'Request body is not valid JSON');
    }
    const envelope = await dispatch(options.session, decodeURIComponent(method), input);
    sendJson(res, envelope.ok ? 200 : STATUS[envelope.error.code], envelope);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://${LOOPBACK}:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function securityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

async function serveFile(res: ServerResponse, root: string, pathname: string): Promise<void> {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  const file = join(root, relative === '' ? 'index.html' : relative);
  if (file !== root && !file.startsWith(root + sep)) return sendError(res, 404, 'not_found', 'Not found');
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    return sendError(res, 404, 'not_found', 'Not found');
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': extname(file) === '.html' ? 'no-store' : 'max-age=3600',
  });
  res.end(content);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, status: number, code: ApiErrorBody['code'], message: string): void {
  const envelope: Envelope<never> = { ok: false, error: { code, message } };
  sendJson(res, status, envelope);
}
