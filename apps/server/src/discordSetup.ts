import type { Logger } from 'pino';

import type { OutboxConfig } from '@questboard/api';
import {
  DiscordOAuth,
  readDiscordSettings,
  RestGateway,
  type DiscordSettings,
} from '@questboard/discord';

/** What the Discord settings switch on. */
export interface DiscordSetup {
  settings: DiscordSettings | null;
  /** The REST gateway when a bot token is set; the outbox worker delivers through it. */
  gateway: RestGateway | undefined;
  /** "Sign in with Discord" when an OAuth client is set. */
  oauth: DiscordOAuth | undefined;
  requireMember: boolean;
  /** Thresholds, category names, announcement channel and links for the OutboxWorker. */
  outbox: Partial<OutboxConfig>;
  pollInterval: number | undefined;
  maxAttempts: number | undefined;
  /** One line per bad DISCORD_* or OUTBOX_* value; the server refuses to start when any. */
  problems: string[];
}

/** Builds the Discord side of the server from the environment. */
export function setupDiscord(
  env: Record<string, string | undefined>,
  publicOrigin: string | undefined,
  logger: Logger,
): DiscordSetup {
  const { settings, problems } = readDiscordSettings(env, publicOrigin);
  if (!settings || problems.length > 0) {
    return {
      settings,
      gateway: undefined,
      oauth: undefined,
      requireMember: true,
      outbox: {},
      pollInterval: undefined,
      maxAttempts: undefined,
      problems,
    };
  }

  const gateway = settings.botToken
    ? new RestGateway({
        token: settings.botToken,
        guildId: settings.guildId,
        api: settings.apiUrl,
        logger: logger.child({ module: 'discord' }),
      })
    : undefined;
  const oauth = settings.oauth
    ? new DiscordOAuth({
        clientId: settings.oauth.clientId,
        clientSecret: settings.oauth.clientSecret,
        redirectUri: settings.oauth.redirectUri,
        guildId: settings.guildId,
        gmRoleIds: settings.gmRoleIds,
        adminRoleIds: settings.adminRoleIds,
        apiBase: settings.apiUrl,
        authorizeUrl: settings.authorizeUrl,
      })
    : undefined;

  return {
    settings,
    gateway,
    oauth,
    requireMember: settings.oauth?.requireMember ?? true,
    outbox: {
      roleThreshold: settings.roleThreshold,
      categoryThreshold: settings.categoryThreshold,
      categoryNames: settings.categoryNames,
      announcementChannelId: settings.announcementChannelId,
      publicUrl: publicOrigin ?? null,
    },
    pollInterval: settings.outboxPollInterval,
    maxAttempts: settings.outboxMaxAttempts,
    problems,
  };
}
