import { createHash } from 'node:crypto';

import { REST } from '@discordjs/rest';
import {
  ChannelType,
  OverwriteType,
  PermissionFlagsBits,
  Routes,
  type APIChannel,
  type APIMessage,
  type APIOverwrite,
  type APIRole,
  type APIUser,
} from 'discord-api-types/v10';
import type { Logger } from 'pino';

import type {
  AnnouncementEmbed,
  DiscordGateway,
  EnsureAnnouncementInput,
  EnsureChannelInput,
} from './DiscordGateway.js';
import { toDiscordEmbed } from './embed.js';
import { isNotFound, isTransient } from './errors.js';

export interface RestGatewayOptions {
  /** The bot token (without the "Bot " prefix). */
  token: string;
  /** The club's guild (server) id. */
  guildId: string;
  /** Discord's API base without the version, e.g. "https://discord.com/api" (the default). */
  api?: string;
  /** Library retries of reads and idempotent writes after a 5xx or a timeout. Default 2. */
  retries?: number;
  /** Milliseconds before a request is abandoned. Default 10 000. */
  timeout?: number;
  /** Attempts of each check-then-create cycle inside one call. Default 3. */
  createAttempts?: number;
  /** Rate limits longer than this are thrown (RateLimitError) instead of slept through. Default 30 000 ms. */
  maxRateLimitWait?: number;
  logger?: Pick<Logger, 'debug' | 'warn'>;
}

const VIEW = PermissionFlagsBits.ViewChannel;
const PLAYER = VIEW | PermissionFlagsBits.SendMessages | PermissionFlagsBits.ReadMessageHistory;
const GM = PLAYER | PermissionFlagsBits.ManageMessages;
const BOT = GM | PermissionFlagsBits.EmbedLinks;
/** Discord's cap on a message nonce. */
const NONCE_MAX = 25;

/**
 * A text channel's name the way Discord stores it (lower case, dashes, at most 100
 * characters), so that a channel found by name matches the one we asked for.
 */
export function toChannelName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 100);
  return slug || 'game';
}

/** A nonce Discord accepts (≤ 25 characters), stable for the same input. */
export function toNonce(key: string): string {
  if (key.length <= NONCE_MAX) {
    return key;
  }
  return createHash('sha256').update(key).digest('base64url').slice(0, NONCE_MAX);
}

/**
 * `DiscordGateway` on Discord's REST API v10 through `@discordjs/rest`, which queues requests
 * per rate-limit bucket and sleeps through 429 answers.
 *
 * Creates go through a second client with library retries turned off: a POST retried blindly
 * after a 5xx or a timeout can create the same role twice. Instead each attempt first looks
 * for what an earlier attempt may have created (role by name, channel by name in its
 * category, message by nonce), then creates.
 */
export class RestGateway implements DiscordGateway {
  private readonly rest: REST;
  private readonly createRest: REST;
  private readonly guildId: string;
  private readonly createAttempts: number;
  private readonly logger: Pick<Logger, 'debug' | 'warn'> | undefined;
  private botUser: Promise<APIUser> | null = null;

  constructor(options: RestGatewayOptions) {
    const maxWait = options.maxRateLimitWait ?? 30_000;
    const common = {
      version: '10',
      timeout: options.timeout ?? 10_000,
      rejectOnRateLimit: (data: { retryAfter: number }) => data.retryAfter > maxWait,
      ...(options.api ? { api: options.api } : {}),
    };
    this.rest = new REST({ ...common, retries: options.retries ?? 2 }).setToken(options.token);
    this.createRest = new REST({ ...common, retries: 0 }).setToken(options.token);
    this.guildId = options.guildId;
    this.createAttempts = options.createAttempts ?? 3;
    this.logger = options.logger;
  }

  /** Stops the clients' sweep timers. */
  destroy(): void {
    for (const rest of [this.rest, this.createRest]) {
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
    }
  }

  async ensureRole(name: string, color?: number): Promise<{ id: string }> {
    return this.ensure(
      `role ${name}`,
      async () => (await this.roles()).find((role) => role.name === name),
      () =>
        this.createRest.post(Routes.guildRoles(this.guildId), {
          body: { name, color: color ?? 0, permissions: '0', mentionable: true },
          reason: 'Questboard: game role',
        }) as Promise<APIRole>,
    );
  }

  async deleteRole(roleId: string): Promise<void> {
    await this.ignoreNotFound(() => this.rest.delete(Routes.guildRole(this.guildId, roleId)));
  }

  async countRoles(): Promise<number> {
    return (await this.roles()).length;
  }

  async ensureCategory(name: string): Promise<{ id: string }> {
    return this.ensure(
      `category ${name}`,
      async () =>
        (await this.channels()).find(
          (c) => c.type === ChannelType.GuildCategory && c.name === name,
        ),
      () =>
        this.createRest.post(Routes.guildChannels(this.guildId), {
          body: { name, type: ChannelType.GuildCategory },
          reason: 'Questboard: game category',
        }) as Promise<APIChannel>,
    );
  }

  async ensureChannel(input: EnsureChannelInput): Promise<{ id: string }> {
    const name = toChannelName(input.name);
    return this.ensure(
      `channel ${name}`,
      async () => {
        const channels = await this.channels();
        if (
          !channels.some((c) => c.id === input.categoryId && c.type === ChannelType.GuildCategory)
        ) {
          // Said plainly in the outbox's lastError instead of Discord's "Invalid Form Body".
          throw new Error(
            `Category ${input.categoryId} is not a category of the guild: register the guild's real categories`,
          );
        }
        return channels.find(
          (c) =>
            c.type === ChannelType.GuildText &&
            c.name === name &&
            'parent_id' in c &&
            c.parent_id === input.categoryId,
        );
      },
      async () =>
        this.createRest.post(Routes.guildChannels(this.guildId), {
          body: {
            name,
            type: ChannelType.GuildText,
            parent_id: input.categoryId,
            ...(input.topic ? { topic: input.topic.slice(0, 1024) } : {}),
            permission_overwrites: await this.overwrites(input),
          },
          reason: 'Questboard: game channel',
        }) as Promise<APIChannel>,
    );
  }

  async deleteChannel(channelId: string): Promise<void> {
    await this.ignoreNotFound(() => this.rest.delete(Routes.channel(channelId)));
  }

  async addMemberRole(userId: string, roleId: string): Promise<void> {
    await this.rest.put(Routes.guildMemberRole(this.guildId, userId, roleId));
  }

  async removeMemberRole(userId: string, roleId: string): Promise<void> {
    // A member who left the guild no longer holds the role.
    await this.ignoreNotFound(() =>
      this.rest.delete(Routes.guildMemberRole(this.guildId, userId, roleId)),
    );
  }

  async allowMember(channelId: string, userId: string): Promise<void> {
    await this.rest.put(Routes.channelPermission(channelId, userId), {
      body: { type: OverwriteType.Member, allow: PLAYER.toString(), deny: '0' },
    });
  }

  async denyMember(channelId: string, userId: string): Promise<void> {
    // Removing the member's overwrite leaves @everyone's deny in force.
    await this.ignoreNotFound(() => this.rest.delete(Routes.channelPermission(channelId, userId)));
  }

  async ensureAnnouncement(input: EnsureAnnouncementInput): Promise<{ id: string }> {
    const nonce = toNonce(input.nonce);
    const embed = toDiscordEmbed(input.embed);
    return this.ensure(
      `announcement ${nonce}`,
      async () => this.findAnnouncement(input.channelId, nonce, embed.url),
      () =>
        this.createRest.post(Routes.channelMessages(input.channelId), {
          body: {
            ...(input.content ? { content: input.content.slice(0, 2000) } : {}),
            embeds: [embed],
            nonce,
            enforce_nonce: true,
            allowed_mentions: { parse: [] },
          },
        }) as Promise<APIMessage>,
    );
  }

  async editAnnouncement(channelId: string, messageId: string, embed: AnnouncementEmbed) {
    await this.rest.patch(Routes.channelMessage(channelId, messageId), {
      body: { embeds: [toDiscordEmbed(embed)] },
    });
  }

  async pinAnnouncement(channelId: string, messageId: string): Promise<void> {
    await this.rest.put(Routes.channelMessagesPin(channelId, messageId));
  }

  async deleteAnnouncement(channelId: string, messageId: string): Promise<void> {
    await this.ignoreNotFound(() => this.rest.delete(Routes.channelMessage(channelId, messageId)));
  }

  private roles(): Promise<APIRole[]> {
    return this.rest.get(Routes.guildRoles(this.guildId)) as Promise<APIRole[]>;
  }

  private channels(): Promise<APIChannel[]> {
    return this.rest.get(Routes.guildChannels(this.guildId)) as Promise<APIChannel[]>;
  }

  private me(): Promise<APIUser> {
    this.botUser ??= (this.rest.get(Routes.user('@me')) as Promise<APIUser>).catch((error) => {
      this.botUser = null;
      throw error;
    });
    return this.botUser;
  }

  /**
   * A message posted earlier for the same announcement: same nonce, or (where Discord leaves
   * the nonce out of history) an embed of ours pointing at the same game page.
   */
  private async findAnnouncement(channelId: string, nonce: string, url?: string) {
    const messages = (await this.rest.get(Routes.channelMessages(channelId), {
      query: new URLSearchParams({ limit: '50' }),
    })) as (APIMessage & { nonce?: string | number })[];
    const found = messages.find((m) => m.nonce !== undefined && String(m.nonce) === nonce);
    if (found || !url) {
      return found;
    }
    const me = await this.me();
    return messages.find((m) => m.author.id === me.id && m.embeds[0]?.url === url);
  }

  private async overwrites(input: EnsureChannelInput): Promise<APIOverwrite[]> {
    const me = await this.me();
    const entry = (id: string, type: OverwriteType, allow: bigint, deny = 0n): APIOverwrite => ({
      id,
      type,
      allow: allow.toString(),
      deny: deny.toString(),
    });
    const list = [
      // The @everyone role has the guild's id.
      entry(this.guildId, OverwriteType.Role, 0n, VIEW),
      entry(me.id, OverwriteType.Member, BOT),
      entry(input.gmId, OverwriteType.Member, GM),
    ];
    if (input.roleId) {
      list.push(entry(input.roleId, OverwriteType.Role, PLAYER));
    }
    for (const memberId of new Set(input.memberIds ?? [])) {
      if (memberId !== input.gmId) {
        list.push(entry(memberId, OverwriteType.Member, PLAYER));
      }
    }
    return list;
  }

  /** Find, else create; a create that may have reached Discord is followed by another find. */
  private async ensure(
    what: string,
    find: () => Promise<{ id: string } | undefined>,
    create: () => Promise<{ id: string }>,
  ): Promise<{ id: string }> {
    for (let attempt = 1; ; attempt += 1) {
      const existing = await find();
      if (existing) {
        this.logger?.debug({ what, id: existing.id }, 'discord: found existing');
        return { id: existing.id };
      }
      try {
        const created = await create();
        return { id: created.id };
      } catch (error) {
        if (!isTransient(error) || attempt >= this.createAttempts) {
          throw error;
        }
        this.logger?.warn({ what, attempt, err: error }, 'discord: create failed, checking again');
      }
    }
  }

  private async ignoreNotFound(call: () => Promise<unknown>): Promise<void> {
    try {
      await call();
    } catch (error) {
      if (!isNotFound(error)) {
        throw error;
      }
    }
  }
}
