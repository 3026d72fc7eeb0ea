/** A Discord embed as Questboard sends it; the gateway keeps it inside Discord's limits. */
export interface AnnouncementEmbed {
  title: string;
  url?: string;
  description: string;
  color?: number;
  fields: { name: string; value: string; inline?: boolean }[];
  /** Only http(s) URLs are sent. */
  imageUrl?: string | null;
  footer?: string;
}

export interface EnsureChannelInput {
  /** The category (a Discord channel of type 4) to create the text channel in. */
  categoryId: string;
  name: string;
  topic?: string;
  /** The GM sees and manages the channel. */
  gmId: string;
  /** Players reach the channel through this role… */
  roleId?: string | null;
  /** …or, when the guild is short of roles, through per-member permissions. */
  memberIds?: string[];
}

export interface EnsureAnnouncementInput {
  channelId: string;
  embed: AnnouncementEmbed;
  content?: string;
  /** Unique per announcement: a repeated post with the same nonce finds the first message. */
  nonce: string;
}

/**
 * Every Discord action Questboard takes. Services never call it directly: they write outbox
 * actions, and the outbox worker calls the gateway after the change committed.
 *
 * The `ensure…` methods are safe to repeat: each looks for what an earlier, unrecorded attempt
 * may have created (a role by name, a channel by name inside its category, a message by nonce)
 * before creating anything, and returns the id either way.
 */
export interface DiscordGateway {
  ensureRole(name: string, color?: number): Promise<{ id: string }>;
  deleteRole(roleId: string): Promise<void>;
  /** How many roles the guild holds, to know when to stop making one per game. */
  countRoles(): Promise<number>;

  ensureCategory(name: string): Promise<{ id: string }>;
  ensureChannel(input: EnsureChannelInput): Promise<{ id: string }>;
  deleteChannel(channelId: string): Promise<void>;

  addMemberRole(userId: string, roleId: string): Promise<void>;
  removeMemberRole(userId: string, roleId: string): Promise<void>;
  /** Per-member access to a game channel, used instead of a role when roles run short. */
  allowMember(channelId: string, userId: string): Promise<void>;
  denyMember(channelId: string, userId: string): Promise<void>;

  ensureAnnouncement(input: EnsureAnnouncementInput): Promise<{ id: string }>;
  editAnnouncement(channelId: string, messageId: string, embed: AnnouncementEmbed): Promise<void>;
  pinAnnouncement(channelId: string, messageId: string): Promise<void>;
  deleteAnnouncement(channelId: string, messageId: string): Promise<void>;
}
