import type { Logger } from 'pino';

import type { OutboxWorkerOptions } from '@questboard/api';
import {
  DiscordOAuth,
  RecordingGateway,
  RestGateway,
  type DiscordGateway,
  type DiscordSettings,
} from '@questboard/discord';

import type { Config } from './config.js';

/**
 * The gateway the outbox worker delivers through: the REST gateway when a bot token is set;
 * without one, the recording gateway on the embedded demo database (so the outbox drains),
 * and none on an external database (actions wait in the outbox until a bot is configured).
 */
export function discordGateway(config: Config, logger: Logger): DiscordGateway | undefined {
  const settings = config.discord;
  if (!settings?.botToken) {
    return config.databaseUrl === undefined ? new RecordingGateway() : undefined;
  }
  return new RestGateway({
    token: settings.botToken,
    guildId: settings.guildId,
    api: settings.apiUrl,
    logger: logger.child({ module: 'discord' }),
  });
}

/** "Sign in with Discord" when an OAuth client is set. */
export function discordOAuth(settings: DiscordSettings | null): DiscordOAuth | undefined {
  if (!settings?.oauth) return undefined;
  return new DiscordOAuth({
    clientId: settings.oauth.clientId,
    clientSecret: settings.oauth.clientSecret,
    redirectUri: settings.oauth.redirectUri,
    guildId: settings.guildId,
    gmRoleIds: settings.gmRoleIds,
    adminRoleIds: settings.adminRoleIds,
    apiBase: settings.apiUrl,
    authorizeUrl: settings.authorizeUrl,
  });
}

/** Thresholds, category names, announcement channel, links and pacing for the OutboxWorker. */
export function outboxOptions(
  settings: DiscordSettings | null,
  publicOrigin: string | undefined,
): Pick<OutboxWorkerOptions, 'discord' | 'pollInterval' | 'maxAttempts'> {
  const publicUrl = { publicUrl: publicOrigin ?? null };
  if (!settings) return { discord: publicUrl };
  return {
    pollInterval: settings.outboxPollInterval,
    maxAttempts: settings.outboxMaxAttempts,
    discord: {
      ...publicUrl,
      roleThreshold: settings.roleThreshold,
      categoryThreshold: settings.categoryThreshold,
      categoryNames: settings.categoryNames,
      announcementChannelId: settings.announcementChannelId,
    },
  };
}
