// A stand-in for LL2 on 127.0.0.1 (port 0): serves a list of records in LL2's page envelope
// (`{count, next, previous, results}`, limit at most 100, offset paging, absolute `next`
// links) and injects faults into the requests the test names, counted from 1.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A fault injected into one request. */
export type Fault =
  /** Answer with this status (429, 500, ...), an optional Retry-After and body. */
  | { kind: 'status'; status: number; retryAfter?: string; body?: string }
  /** Answer correctly, but only after `ms` (longer than the client's timeout). */
  | { kind: 'slow'; ms: number }
  /** Send the headers and half the body, then drop the connection. */
  | { kind: 'cut' }
  /** Drop the connection without answering. */
  | { kind: 'reset' }
  /** Insert a record at the top of the listing, then answer (every later record shifts). */
  | { kind: 'insert-top'; record: Record<string, unknown> }
  /** Remove the listing's first record, then answer (every later record shifts back). */
  | { kind: 'delete-top' }
  /** Answer correctly, but with the `next` link on another origin. */
  | { kind: 'foreign-next'; origin: string }
  /** Answer this page, but with `next: null`: the listing ends early, `count` unchanged. */
  | { kind: 'end-early' };

/** A request the server saw. */
export interface SeenRequest {
  url: string;
  host: string | undefined;
  authorization: string | undefined;
}

/** What `startLl2Server` is told to serve. */
export interface ServerOptions {
  /** `/VERSION/PATH/` is the listing, such as `/2.2.0/spacecraft/`. */
  apiVersion: string;
  path: string;
  records: readonly Record<string, unknown>[];
  /** Faults by request number (1 = the first request). */
  faults?: Record<number, Fault>;
  /** A delay before every answer, to slow a crawl down. */
  delayMs?: number;
}

/** A running server. */
export interface Ll2TestServer {
  baseUrl: string;
  requests: SeenRequest[];
  /** The faults by request number; a test may add some once it knows `baseUrl`. */
  faults: Record<number, Fault>;
  /** The listing as it stands now: the ground truth. */
  records(): Record<string, unknown>[];
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1, port 0 (the system picks a free one). */
export async function startLl2Server(options: ServerOptions): Promise<Ll2TestServer> {
  const records = [...options.records];
  const faults: Record<number, Fault> = { ...options.faults };
  const requests: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let baseUrl = '';
  const later = (ms: number, run: () => void) => {
    const timer: NodeJS.Timeout = setTimeout(() => (timers.delete(timer), run()), ms);
    timers.add(timer);
  };

  const server = createServer((req, res) => {
    requests.push({
      url: req.url ?? '',
      host: req.headers.host,
      authorization: req.headers.authorization,
    });
    const fault = faults[requests.length];
    const answer = () => serve(req, res, fault, records, options, baseUrl, later);
    if (options.delayMs) later(options.delayMs, answer);
    else answer();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    requests,
    faults,
    records: () => [...records],
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function serve(
  req: IncomingMessage,
  res: ServerResponse,
  fault: Fault | undefined,
  records: Record<string, unknown>[],
  options: ServerOptions,
  baseUrl: string,
  later: (ms: number, run: () => void) => void,
): void {
  const url = new URL(req.url ?? '/', baseUrl);
  if (fault?.kind === 'reset') return void req.socket.destroy();
  if (fault?.kind === 'status') {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (fault.retryAfter !== undefined) headers['retry-after'] = fault.retryAfter;
    res.writeHead(fault.status, headers);
    return void res.end(fault.body ?? '{"detail":"fault injected by the test"}');
  }
  if (fault?.kind === 'insert-top') records.unshift(fault.record);
  if (fault?.kind === 'delete-top') records.shift();
  if (url.pathname !== `/${options.apiVersion}/${options.path}/`) {
    res.writeHead(404, { 'content-type': 'application/json' });
    return void res.end('{"detail":"Not found."}');
  }

  const origin = fault?.kind === 'foreign-next' ? fault.origin : baseUrl;
  const page = envelope(url, records, origin);
  const body = JSON.stringify(fault?.kind === 'end-early' ? { ...page, next: null } : page);
  if (fault?.kind === 'slow') return later(fault.ms, () => send(res, body));
  if (fault?.kind === 'cut') {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    res.write(body.slice(0, Math.floor(body.length / 2)));
    return later(20, () => req.socket.destroy());
  }
  send(res, body);
}

function send(res: ServerResponse, body: string): void {
  if (res.destroyed) return;
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(body);
}

// LL2's LimitOffsetPagination: limit at most 100, next and previous keep the other params.
function envelope(url: URL, records: Record<string, unknown>[], origin: string) {
  const limit = Math.min(100, Number(url.searchParams.get('limit') ?? 10) || 10);
  const offset = Number(url.searchParams.get('offset') ?? 0) || 0;
  const link = (at: number) => {
    const next = new URL(url.pathname + url.search, origin);
    next.searchParams.set('offset', String(at));
    return next.href;
  };
  return {
    count: records.length,
    next: offset + limit < records.length ? link(offset + limit) : null,
    previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
    results: records.slice(offset, offset + limit),
  };
}
