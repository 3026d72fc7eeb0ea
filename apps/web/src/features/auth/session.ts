/** The server's /auth routes: who is signed in, the demo sign-in, sign-out. */

/** The signed-in member as the server describes them. */
export interface Viewer {
  id: string;
  name: string;
  username: string | null;
  isGm: boolean;
  isAdmin: boolean;
  isPlayer: boolean;
}

export interface SessionInfo {
  user: Viewer | null;
  signIn: { demo: boolean; discord: boolean };
}

export interface DemoUsers {
  suggested: { player: Viewer | null; gm: Viewer | null; admin: Viewer | null };
  users: Viewer[];
}

/** An /auth call refused by the server; carries its message. */
export class AuthError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, {
    credentials: 'same-origin',
    ...init,
    headers: {
      accept: 'application/json',
      ...(init?.body ? { 'content-type': 'application/json' } : {}),
    },
  });
  const body = (await response.json().catch(() => ({}))) as { message?: string };
  if (!response.ok) {
    throw new AuthError(body.message ?? `The server answered ${response.status}`, response.status);
  }
  return body as T;
}

export const fetchSession = () => call<SessionInfo>('/auth/session');

export const fetchDemoUsers = () => call<DemoUsers>('/auth/demo/users');

export const signInDemo = (userId: string) =>
  call<{ user: Viewer }>('/auth/demo', { method: 'POST', body: JSON.stringify({ userId }) });

export const signOut = () => call<{ ok: boolean }>('/auth/logout', { method: 'POST', body: '{}' });
