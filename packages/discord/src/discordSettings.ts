/** Discord's id format: 17 to 21 digits. */
const SNOWFLAKE = /^\d{17,21}$/;

/** Every Discord setting, read from the environment (see the root README and `.env.example`). */
export interface DiscordSettings {
  /** The club's guild. */
  guildId: string;
  /** Set: the bot runs the outbox through Discord's REST API. Unset: the recording gateway. */
  botToken: string | null;
  /** Set with the secret: "Sign in with Discord" is offered. */
  oauth: {
    clientId: string;
    clientSecret: string;
    redirectUri: string;
    /** Refuse members of other guilds (default true). */
    requireMember: boolean;
  } | null;
  gmRoleIds: string[];
  adminRoleIds: string[];
  announcementChannelId: string | null;
  roleThreshold: number;
  categoryThreshold: number;
  categoryNames: { oneshot: string; campaign: string };
  apiUrl: string;
  authorizeUrl: string;
  outboxPollInterval: number;
  outboxMaxAttempts: number;
}

/** `settings` is null when Discord is not configured at all (DISCORD_GUILD_ID unset). */
export interface DiscordSettingsResult {
  settings: DiscordSettings | null;
  /** One line per bad value, naming the setting. */
  problems: string[];
}

type Env = Record<string, string | undefined>;

/**
 * Reads the DISCORD_* and OUTBOX_* settings. Nothing is required until DISCORD_GUILD_ID is
 * set; then a bot token, an OAuth client or both switch on the REST gateway and sign-in.
 * `publicOrigin` gives the default redirect URL (`<origin>/auth/discord/callback`).
 */
export function readDiscordSettings(env: Env, publicOrigin?: string): DiscordSettingsResult {
  const problems: string[] = [];
  const get = (name: string) => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const snowflake = (name: string) => {
    const value = get(name);
    if (value !== undefined && !SNOWFLAKE.test(value)) {
      problems.push(`${name} must be a Discord id (17 to 21 digits), got ${JSON.stringify(value)}`);
    }
    return value ?? null;
  };
  const snowflakes = (name: string) => {
    const values = (get(name) ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    const bad = values.filter((v) => !SNOWFLAKE.test(v));
    if (bad.length > 0) {
      problems.push(`${name} must be comma-separated Discord ids, got ${JSON.stringify(bad[0])}`);
    }
    return values;
  };
  const integer = (name: string, fallback: number, min: number, max: number) => {
    const value = get(name);
    if (value === undefined) return fallback;
    const number = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(number) || number < min || number > max) {
      problems.push(
        `${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`,
      );
      return fallback;
    }
    return number;
  };
  const httpUrl = (name: string, fallback: string) => {
    const value = get(name) ?? fallback;
    try {
      if (['http:', 'https:'].includes(new URL(value).protocol)) return value.replace(/\/+$/, '');
    } catch {
      // reported below
    }
    problems.push(`${name} must be an http:// or https:// URL, got ${JSON.stringify(value)}`);
    return fallback;
  };
  const flag = (name: string, fallback: boolean) => {
    const value = get(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['true', '1', 'yes', 'on'].includes(value)) return true;
    if (['false', '0', 'no', 'off'].includes(value)) return false;
    problems.push(`${name} must be true or false, got ${JSON.stringify(value)}`);
    return fallback;
  };

  const guildId = snowflake('DISCORD_GUILD_ID');
  const clientId = snowflake('DISCORD_CLIENT_ID');
  const clientSecret = get('DISCORD_CLIENT_SECRET') ?? null;
  const botToken = get('DISCORD_BOT_TOKEN') ?? null;
  const defaultRedirect = publicOrigin
    ? `${publicOrigin.replace(/\/+$/, '')}/auth/discord/callback`
    : undefined;
  const redirectUri = get('DISCORD_REDIRECT_URI') ?? defaultRedirect;

  const settings: DiscordSettings = {
    guildId: guildId ?? '',
    botToken,
    oauth: null,
    gmRoleIds: snowflakes('DISCORD_GM_ROLE_IDS'),
    adminRoleIds: snowflakes('DISCORD_ADMIN_ROLE_IDS'),
    announcementChannelId: snowflake('DISCORD_ANNOUNCEMENT_CHANNEL_ID'),
    roleThreshold: integer('DISCORD_ROLE_THRESHOLD', 240, 0, 250),
    categoryThreshold: integer('DISCORD_CATEGORY_THRESHOLD', 45, 1, 50),
    categoryNames: {
      oneshot: get('DISCORD_CATEGORY_NAME_ONESHOT') ?? 'One-shots',
      campaign: get('DISCORD_CATEGORY_NAME_CAMPAIGN') ?? 'Campaigns',
    },
    apiUrl: httpUrl('DISCORD_API_URL', 'https://discord.com/api'),
    authorizeUrl: httpUrl('DISCORD_AUTHORIZE_URL', 'https://discord.com/oauth2/authorize'),
    outboxPollInterval: integer('OUTBOX_POLL_INTERVAL_MS', 5_000, 100, 3_600_000),
    outboxMaxAttempts: integer('OUTBOX_MAX_ATTEMPTS', 8, 1, 100),
  };

  const anyDiscord = botToken || clientId || clientSecret;
  if (!guildId) {
    if (anyDiscord)
      problems.push('DISCORD_GUILD_ID is required with a bot token or an OAuth client');
    return { settings: null, problems };
  }
  if (Boolean(clientId) !== Boolean(clientSecret)) {
    problems.push('DISCORD_CLIENT_ID and DISCORD_CLIENT_SECRET go together: set both or neither');
  } else if (clientId && clientSecret) {
    if (!redirectUri) {
      problems.push('DISCORD_REDIRECT_URI is required with an OAuth client (or set PUBLIC_ORIGIN)');
    } else {
      settings.oauth = {
        clientId,
        clientSecret,
        redirectUri: httpUrl('DISCORD_REDIRECT_URI', redirectUri),
        requireMember: flag('DISCORD_REQUIRE_MEMBER', true),
      };
    }
  }
  return { settings, problems };
}
