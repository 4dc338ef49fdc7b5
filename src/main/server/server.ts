/**
 * Web mode: the renderer and the handler table over HTTP on loopback.
 *
 * Security: bound to 127.0.0.1 only; every API call must carry this run's
 * random token (given to the page in the URL fragment, which browsers never
 * send to servers or referrers); the Host header must name this server (no
 * DNS rebinding) and a browser Origin must be our own (no cross-site calls);
 * bodies must be JSON, which a cross-site form cannot send. Uploads
 * (POST /api/upload) pass the same checks and send raw bytes
 * (application/octet-stream), which a cross-site form cannot send either.
 */

import { constants as bufferConstants } from 'node:buffer';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/api/csp';
import type { ApiErrorBody, Envelope } from '../../shared/api/errors';
import { dispatch } from '../core/api';
import type { Session } from '../core/workspace/session';
import { MAX_UPLOAD_BYTES, UploadStore } from './uploads';

export const TOKEN_HEADER = 'x-pilotdesk-token';
const MAX_BODY_BYTES = 10 * 1024 * 1024;
const LOOPBACK = '127.0.0.1';

export interface WebServerOptions {
  session: Session;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  port?: number;
  token?: string;
  /** Largest file one upload may send (default 4 GiB). */
  maxUploadBytes?: number;
}

export interface WebServer {
  /** Address to open, with the token in its fragment. */
  url: string;
  origin: string;
  port: number;
  token: string;
  /** Files uploaded in this run; the import engine reads them through `session.uploads`. */
  uploads: UploadStore;
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
  const maxUpload = Math.min(options.maxUploadBytes ?? MAX_UPLOAD_BYTES, bufferConstants.MAX_LENGTH);
  const uploads = new UploadStore({ maxTotalBytes: Math.max(maxUpload, MAX_UPLOAD_BYTES) });
  options.session.uploads = uploads;
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
    if (url.pathname === '/api/upload') return upload(req, res);
    if (url.pathname.startsWith('/api/')) return api(req, res, url.pathname.slice(5));
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendError(res, 405, 'invalid_input', 'Method not allowed');
    return serveFile(res, options.rendererDir, url.pathname);
  }

  /** The checks every API call passes: POST, our own Origin, this run's token. Sends the refusal itself. */
  function refused(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.method !== 'POST') {
      sendError(res, 405, 'invalid_input', 'API calls are POST');
      return true;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) {
      sendError(res, 403, 'invalid_input', `Refused: requests from ${origin} are not allowed`);
      return true;
    }
    if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
      sendError(res, 401, 'invalid_input', 'Refused: missing or wrong token; open the address Pilotdesk printed');
      return true;
    }
    return false;
  }

  async function upload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (refused(req, res)) return drain(req);
    if (!(req.headers['content-type'] ?? '').startsWith('application/octet-stream')) {
      sendError(res, 415, 'invalid_input', 'Uploads send the file as application/octet-stream');
      return drain(req);
    }
    const name = uploadName(req.headers[FILE_NAME_HEADER]);
    if (name === null) {
      sendError(res, 400, 'invalid_input', `The ${FILE_NAME_HEADER} header is not a URI-encoded file name`);
      return drain(req);
    }
    const body = await readBytes(req, maxUpload);
    if (body === 'too-large') {
      res.setHeader('Connection', 'close');
      return sendError(
        res,
        413,
        'invalid_input',
        `The file is larger than ${sizeText(maxUpload)}, the most Pilotdesk accepts`,
      );
    }
    if (body.length === 0) return sendError(res, 400, 'invalid_input', 'The file is empty');
    sendJson(res, 200, { ok: true, data: { uploadId: uploads.put(name, body) } });
  }

  async function api(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (refused(req, res)) return;
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
    uploads,
    close: () =>
      new Promise<void>((resolve) => {
        uploads.clear();
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

export const FILE_NAME_HEADER = 'x-file-name';

/** The uploaded file's own name (no folders, no control characters), or null when the header is malformed. */
function uploadName(header: string | string[] | undefined): string | null {
  if (header === undefined) return 'upload';
  if (typeof header !== 'string') return null;
  let name: string;
  try {
    name = decodeURIComponent(header);
  } catch {
    return null;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
  name = (name.split(/[/\\]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return name === '' ? 'upload' : name.slice(0, 255);
}

/**
 * The raw body, refused past `limit` bytes. A declared Content-Length is
 * checked before anything is read, and the bytes go into one buffer of that
 * size, so a large file is held once rather than twice.
 */
function readBytes(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = req.headers['content-length'] === undefined ? null : Number(req.headers['content-length']);
  if (declared !== null && (!Number.isSafeInteger(declared) || declared > limit)) {
    req.resume();
    return Promise.resolve('too-large');
  }
  return new Promise((resolve, reject) => {
    const whole = declared === null ? null : Buffer.allocUnsafe(declared);
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      if (size + chunk.length > (whole?.length ?? limit)) {
        // Answer now and let the rest flow past unread: destroying the request would lose the reply.
        over = true;
        chunks.length = 0;
        resolve('too-large');
        return;
      }
      if (whole) chunk.copy(whole, size);
      else chunks.push(chunk);
      size += chunk.length;
    });
    req.on('end', () => resolve(whole ? whole.subarray(0, size) : Buffer.concat(chunks, size)));
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(new Error('The upload was interrupted'));
    });
  });
}

/** Reads and discards a refused request's body, so the reply reaches the client. */
function drain(req: IncomingMessage): void {
  req.resume();
}

function sizeText(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1024 ? `${(mb / 1024).toFixed(mb % 1024 === 0 ? 0 : 1)} GB` : `${Math.round(mb)} MB`;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, status: number, code: ApiErrorBody['code'], message: string): void {
  const envelope: Envelope<never> = { ok: false, error: { code, message } };
  sendJson(res, status, envelope);
}
