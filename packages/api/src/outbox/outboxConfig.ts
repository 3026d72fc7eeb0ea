import type { GameType } from '@questboard/db';

/** Discord's caps: 250 roles per guild, 50 channels per category. */
export const GUILD_MAX_ROLES = 250;
export const CATEGORY_MAX_CHANNELS = 50;

/** Settings of the Discord side of the outbox (the server reads them from the environment). */
export interface OutboxConfig {
  /** From this many roles in the guild on, new games use per-member channel permissions. */
  roleThreshold: number;
  /** A category this full counts as full; a new one is made when all of a type are. */
  categoryThreshold: number;
  /** Names of new categories, numbered: "One-shots 2". */
  categoryNames: Record<GameType, string>;
  /** Where announcements go; by default the game's own channel (where they are pinned). */
  announcementChannelId: string | null;
  /** The web app's public address, for links in announcements. */
  publicUrl: string | null;
}

export const DEFAULT_OUTBOX_CONFIG: OutboxConfig = {
  roleThreshold: 240,
  categoryThreshold: 45,
  categoryNames: { oneshot: 'One-shots', campaign: 'Campaigns' },
  announcementChannelId: null,
  publicUrl: null,
};

/** Fills in defaults and keeps thresholds within Discord's caps. */
export function resolveOutboxConfig(config: Partial<OutboxConfig> = {}): OutboxConfig {
  const merged = { ...DEFAULT_OUTBOX_CONFIG, ...config };
  return {
    ...merged,
    roleThreshold: Math.min(Math.max(merged.roleThreshold, 0), GUILD_MAX_ROLES),
    categoryThreshold: Math.min(Math.max(merged.categoryThreshold, 1), CATEGORY_MAX_CHANNELS),
  };
}
