import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export interface DiscordOAuthOptions {
  clientId: string;
  clientSecret: string;
  /** Where Discord sends the browser back, exactly as registered in the developer portal. */
  redirectUri: string;
  /** The club's guild: its member roles decide isGm and isAdmin. */
  guildId: string;
  /** Holders of any of these guild roles are GMs. */
  gmRoleIds?: string[];
  /** Holders of any of these guild roles are admins (admins are GMs too). */
  adminRoleIds?: string[];
  /** Discord's API base without the version. Default "https://discord.com/api". */
  apiBase?: string;
  /** The consent page. Default "https://discord.com/oauth2/authorize". */
  authorizeUrl?: string;
  /** Milliseconds before a call to Discord is abandoned. Default 10 000. */
  timeout?: number;
}

/** What the sign-in callback keeps between the redirect to Discord and the way back. */
export interface PendingAuthorization {
  /** The URL to send the browser to. */
  url: string;
  /** Compare with the `state` query parameter on the way back. */
  state: string;
  /** PKCE secret, sent with the code exchange; keep it server-side or in a signed cookie. */
  codeVerifier: string;
}

/** A signed-in Discord user as Questboard sees them. */
export interface DiscordIdentity {
  id: string;
  /** Stable handle ("username"). */
  username: string;
  /** Display name: guild nickname, else global name, else username. */
  name: string;
  /** False when the user is not in the club's guild. */
  isMember: boolean;
  roles: string[];
  isGm: boolean;
  isAdmin: boolean;
}

/** The `state` came back different from the one we issued: a forged or replayed callback. */
export class OAuthStateError extends Error {
  constructor() {
    super('OAuth state mismatch');
    this.name = 'OAuthStateError';
  }
}

/** Discord refused a step of the sign-in (bad code, revoked token…). */
export class OAuthError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'OAuthError';
  }
}

/** The scopes sign-in asks for: who the user is, and their roles in the club's guild. */
export const OAUTH_SCOPES = ['identify', 'guilds.members.read'] as const;

function base64url(bytes: Buffer): string {
  return bytes.toString('base64url');
}

function sameString(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Discord's OAuth2 authorization-code flow with `state` and PKCE (S256), then the user and
 * their guild member roles. Framework-agnostic: the HTTP layer stores the pending state and
 * verifier (e.g. in a signed, short-lived cookie) and calls `complete` on the callback.
 */
export class DiscordOAuth {
  private readonly apiBase: string;
  private readonly authorizeUrl: string;
  private readonly timeout: number;

  constructor(private readonly options: DiscordOAuthOptions) {
    this.apiBase = (options.apiBase ?? 'https://discord.com/api').replace(/\/+$/, '');
    this.authorizeUrl = options.authorizeUrl ?? 'https://discord.com/oauth2/authorize';
    this.timeout = options.timeout ?? 10_000;
  }

  /** A fresh state and PKCE verifier, and the consent URL carrying them. */
  begin(): PendingAuthorization {
    const state = base64url(randomBytes(24));
    const codeVerifier = base64url(randomBytes(48));
    const challenge = base64url(createHash('sha256').update(codeVerifier).digest());
    const url = new URL(this.authorizeUrl);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: this.options.clientId,
      redirect_uri: this.options.redirectUri,
      scope: OAUTH_SCOPES.join(' '),
      state,
      code_challenge: challenge,
      code_challenge_method: 'S256',
      prompt: 'none',
    }).toString();
    return { url: url.toString(), state, codeVerifier };
  }

  /**
   * Checks `state` against the pending one, exchanges the code, and reads the user and their
   * guild roles. Throws OAuthStateError on a state mismatch before contacting Discord.
   */
  async complete(input: {
    code: string;
    state: string;
    pending: { state: string; codeVerifier: string };
  }): Promise<DiscordIdentity> {
    if (!input.state || !input.pending.state || !sameString(input.state, input.pending.state)) {
      throw new OAuthStateError();
    }

    const token = await this.exchange(input.code, input.pending.codeVerifier);
    const user = await this.get<{ id: string; username: string; global_name?: string | null }>(
      '/v10/users/@me',
      token,
    );
    const member = await this.member(token);

    const roles = member?.roles ?? [];
    const holds = (ids: string[] | undefined) => (ids ?? []).some((id) => roles.includes(id));
    const isAdmin = member !== null && holds(this.options.adminRoleIds);
    return {
      id: user.id,
      username: user.username,
      name: member?.nick || user.global_name || user.username,
      isMember: member !== null,
      roles,
      isAdmin,
      isGm: isAdmin || (member !== null && holds(this.options.gmRoleIds)),
    };
  }

  private async exchange(code: string, codeVerifier: string): Promise<string> {
    const response = await fetch(`${this.apiBase}/oauth2/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${this.options.clientId}:${this.options.clientSecret}`).toString('base64')}`,
      },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: this.options.redirectUri,
        code_verifier: codeVerifier,
      }),
      signal: AbortSignal.timeout(this.timeout),
    });
    if (!response.ok) {
      throw new OAuthError(
        `Discord refused the code exchange (${response.status})`,
        response.status,
      );
    }
    const body = (await response.json()) as { access_token?: string };
    if (!body.access_token) {
      throw new OAuthError('Discord answered the code exchange without an access token', 502);
    }
    return body.access_token;
  }

  private async member(token: string): Promise<{ roles: string[]; nick?: string | null } | null> {
    try {
      return await this.get(`/v10/users/@me/guilds/${this.options.guildId}/member`, token);
    } catch (error) {
      // Discord answers 404 (Unknown Guild) to someone who is not in it.
      if (error instanceof OAuthError && error.status === 404) {
        return null;
      }
      throw error;
    }
  }

  private async get<T>(path: string, token: string): Promise<T> {
    const response = await fetch(`${this.apiBase}${path}`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(this.timeout),
    });
    if (!response.ok) {
      throw new OAuthError(`Discord answered ${response.status} on ${path}`, response.status);
    }
    return (await response.json()) as T;
  }
}
