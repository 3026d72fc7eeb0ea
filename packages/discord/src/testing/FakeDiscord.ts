import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { FakeApiError, FakeGuild, type FakeUser } from './FakeGuild.js';
import { discordRoutes, type OAuthState, type Route, type RouteAnswer } from './routes.js';

/** One request the fake received, with what it answered. */
export interface FakeCall {
  method: string;
  /** The matched route pattern without the /api/v10 prefix, e.g. "POST /guilds/:guild/roles". */
  route: string;
  path: string;
  body: unknown;
  status: number | 'dropped';
}

/**
 * A misbehaviour for the next `times` requests of a route: an error status (429 comes with
 * Retry-After), a slow answer, or a dropped connection. With `apply`, the request takes
 * effect before the failure, like a create whose answer got lost.
 */
export interface Fault {
  times?: number;
  status?: number;
  /** Seconds, for 429. Default 0.05. */
  retryAfter?: number;
  /** The request takes effect at once; its answer (or failure) comes this much later. */
  delayMs?: number;
  drop?: boolean;
  apply?: boolean;
}

export interface FakeDiscordOptions {
  guildId?: string;
  botToken?: string;
  clientId?: string;
  clientSecret?: string;
}

const PREFIX = /^\/api\/v10/;

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('error', reject);
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const type = req.headers['content-type'] ?? '';
      if (!text) resolve(undefined);
      else if (type.includes('application/x-www-form-urlencoded'))
        resolve(new URLSearchParams(text));
      else {
        try {
          resolve(JSON.parse(text));
        } catch {
          resolve(text);
        }
      }
    });
  });
}

function match(route: Route, method: string, path: string): Record<string, string> | null {
  if (route.method !== method) return null;
  const want = route.pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i += 1) {
    const w = want[i] ?? '';
    const s = decodeURIComponent(got[i] ?? '');
    if (w.startsWith(':')) params[w.slice(1)] = s;
    else if (w !== s) return null;
  }
  return params;
}

/**
 * A fake Discord (API v10 + OAuth2) on 127.0.0.1 for tests: one guild with roles, channels,
 * messages (with nonces), members and permission overwrites; every call recorded; faults
 * injectable per route. Point `RestGateway({ api: fake.apiBase })` and
 * `DiscordOAuth({ apiBase: fake.apiBase, authorizeUrl: fake.authorizeUrl })` at it.
 */
export class FakeDiscord {
  readonly guild: FakeGuild;
  readonly calls: FakeCall[] = [];
  /** Everyone who can sign in, members of the guild or not. */
  readonly users = new Map<string, FakeUser>();
  readonly botToken: string;
  readonly oauth: OAuthState;
  private readonly routes: Route[];
  private readonly faults = new Map<string, (Required<Pick<Fault, 'times'>> & Fault)[]>();
  private server: Server | null = null;
  private baseUrl = '';

  constructor(options: FakeDiscordOptions = {}) {
    this.guild = new FakeGuild(options.guildId ?? '1100000000000000001');
    this.botToken = options.botToken ?? 'fake-bot-token';
    this.oauth = {
      clientId: options.clientId ?? '1100000000000000002',
      clientSecret: options.clientSecret ?? 'fake-client-secret',
      authorizingUser: null,
      users: this.users,
      codes: new Map(),
      tokens: new Map(),
    };
    this.routes = discordRoutes(this.guild, this.oauth);
  }

  /** Starts a fake on an ephemeral loopback port. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await fake.listen();
    return fake;
  }

  /** http://127.0.0.1:port */
  get url(): string {
    return this.baseUrl;
  }

  /** What `RestGateway`'s `api` and `DiscordOAuth`'s `apiBase` take. */
  get apiBase(): string {
    return `${this.baseUrl}/api`;
  }

  get authorizeUrl(): string {
    return `${this.baseUrl}/oauth2/authorize`;
  }

  /**
   * Adds a Discord user who can sign in; a guild member unless `member` is false.
   * Returns the guild membership (null for an outsider).
   */
  addUser(user: {
    id: string;
    username: string;
    globalName?: string;
    roles?: string[];
    nick?: string;
    member?: boolean;
  }) {
    const fakeUser: FakeUser = {
      id: user.id,
      username: user.username,
      global_name: user.globalName ?? null,
    };
    this.users.set(user.id, fakeUser);
    if (user.member === false) {
      return null;
    }
    return this.guild.addMember(fakeUser, user.roles ?? [], user.nick ?? null);
  }

  /** The user the consent page approves next. */
  authorizeAs(userId: string | null): void {
    this.oauth.authorizingUser = userId;
  }

  /**
   * Misbehave on the next requests of `route`, e.g. "POST /guilds/:guild/roles". Faults
   * queue up per route: the next one starts when the previous one's `times` ran out.
   */
  fail(route: string, fault: Fault): void {
    const queue = this.faults.get(route) ?? [];
    queue.push({ times: 1, ...fault });
    this.faults.set(route, queue);
  }

  /** Calls recorded for a route ("POST /guilds/:guild/roles"), or all of them. */
  callsTo(route?: string): FakeCall[] {
    return route ? this.calls.filter((c) => c.route === route) : this.calls;
  }

  async listen(): Promise<void> {
    const server = createServer((req, res) => void this.serve(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const body = await readBody(req);
    const route = this.routes.find((r) => match(r, method, url.pathname));
    const params = route ? (match(route, method, url.pathname) ?? {}) : {};
    const name = `${method} ${(route?.pattern ?? url.pathname).replace(PREFIX, '')}`;
    const call: FakeCall = { method, route: name, path: url.pathname, body, status: 0 };
    this.calls.push(call);

    const fault = this.takeFault(name);
    const failsInstead = Boolean(fault?.status || fault?.drop);
    // `apply`: Discord did the work, then its answer was slow, lost or an error.
    const answer =
      fault?.apply || !failsInstead
        ? this.answer(route, req, params, url.searchParams, body)
        : null;
    if (fault?.delayMs) {
      await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    }
    if (req.socket.destroyed) {
      call.status = 'dropped';
      return;
    }

    if (fault?.drop) {
      call.status = 'dropped';
      req.socket.destroy();
      return;
    }
    const final = fault?.status ? this.faultAnswer(fault) : (answer as RouteAnswer);
    call.status = final.status;
    res.writeHead(final.status, {
      ...(final.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...final.headers,
    });
    res.end(final.body === undefined ? undefined : JSON.stringify(final.body));
  }

  private takeFault(route: string): Fault | null {
    const queue = this.faults.get(route);
    const fault = queue?.[0];
    if (!queue || !fault) return null;
    fault.times -= 1;
    if (fault.times <= 0) queue.shift();
    return fault;
  }

  private faultAnswer(fault: Fault): RouteAnswer {
    if (fault.status === 429) {
      const retryAfter = fault.retryAfter ?? 0.05;
      return {
        status: 429,
        headers: { 'retry-after': String(retryAfter), 'x-ratelimit-scope': 'user' },
        body: { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
      };
    }
    return { status: fault.status ?? 500, body: { message: 'Internal Server Error', code: 0 } };
  }

  private answer(
    route: Route | undefined,
    req: IncomingMessage,
    params: Record<string, string>,
    query: URLSearchParams,
    body: unknown,
  ): RouteAnswer {
    if (!route) {
      return { status: 404, body: { message: '404: Not Found', code: 0 } };
    }
    const auth = req.headers.authorization ?? '';
    const [scheme, credential = ''] = auth.split(' ');
    const isBot = scheme === 'Bot' && credential === this.botToken;
    const bearer = scheme === 'Bearer' ? this.oauth.tokens.get(credential) : undefined;
    if (
      (route.auth === 'bot' && !isBot) ||
      (route.auth === 'bearer' && !bearer) ||
      (scheme === 'Bearer' && !bearer)
    ) {
      return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    }
    if (scheme === 'Basic') {
      params.basic = Buffer.from(credential, 'base64').toString('utf8');
    }
    const user = bearer ? (this.users.get(bearer) ?? null) : null;
    try {
      return route.handle({ params, query, body, user });
    } catch (error) {
      if (error instanceof FakeApiError) {
        return { status: error.status, body: { message: error.message, code: error.code } };
      }
      return { status: 500, body: { message: String(error), code: 0 } };
    }
  }
}
