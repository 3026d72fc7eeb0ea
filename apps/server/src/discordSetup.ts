import type { Logger } from 'pino';

import type { OutboxWorkerOptions } from '@questboard/api';
import { DiscordOAuth, RestGateway, type DiscordSettings } from '@questboard/discord';

/** The REST gateway when a bot token is set; the outbox worker delivers through it. */
export function discordGateway(
  settings: DiscordSettings | null,
  logger: Logger,
): RestGateway | undefined {
  if (!settings?.botToken) return undefined;
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
