import { toChannelName } from '../RestGateway.js';

export interface FakeRole {
  id: string;
  name: string;
  color: number;
  permissions: string;
  position: number;
  mentionable: boolean;
  hoist: boolean;
  managed: boolean;
}

export interface FakeOverwrite {
  id: string;
  type: number;
  allow: string;
  deny: string;
}

export interface FakeChannel {
  id: string;
  guild_id: string;
  type: number;
  name: string;
  parent_id: string | null;
  topic: string | null;
  position: number;
  permission_overwrites: FakeOverwrite[];
}

export interface FakeMessage {
  id: string;
  channel_id: string;
  author: { id: string; username: string; bot: boolean };
  content: string;
  embeds: Record<string, unknown>[];
  nonce?: string;
  pinned: boolean;
  timestamp: string;
}

export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
}

export interface FakeMember {
  user: FakeUser;
  nick: string | null;
  roles: string[];
}

/** Thrown by the guild model; the server turns it into Discord's JSON error. */
export class FakeApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** Discord's caps the fake enforces, like the real guild does. */
export const GUILD_MAX_ROLES = 250;
export const CATEGORY_MAX_CHANNELS = 50;

/** The state of one fake guild: roles, channels, messages, members and their roles. */
export class FakeGuild {
  readonly roles = new Map<string, FakeRole>();
  readonly channels = new Map<string, FakeChannel>();
  readonly messages = new Map<string, FakeMessage[]>();
  readonly members = new Map<string, FakeMember>();
  readonly bot: FakeUser;
  /** Shared by every fake of the process, so ids never repeat across tests. */
  private static nextId = 1_200_000_000_000_000_000n;

  constructor(readonly id: string) {
    this.bot = { id: this.newId(), username: 'questboard-bot', global_name: null };
    // The @everyone role shares the guild's id.
    this.roles.set(id, {
      id,
      name: '@everyone',
      color: 0,
      permissions: '0',
      position: 0,
      mentionable: false,
      hoist: false,
      managed: false,
    });
  }

  newId(): string {
    FakeGuild.nextId += 1n;
    return FakeGuild.nextId.toString();
  }

  addMember(user: FakeUser, roles: string[] = [], nick: string | null = null): FakeMember {
    const member = { user, roles: [...roles], nick };
    this.members.set(user.id, member);
    return member;
  }

  createRole(body: { name?: string; color?: number; permissions?: string; mentionable?: boolean }) {
    if (this.roles.size >= GUILD_MAX_ROLES) {
      throw new FakeApiError(400, 30005, 'Maximum number of guild roles reached (250)');
    }
    const role: FakeRole = {
      id: this.newId(),
      name: body.name ?? 'new role',
      color: body.color ?? 0,
      permissions: body.permissions ?? '0',
      position: this.roles.size,
      mentionable: body.mentionable ?? false,
      hoist: false,
      managed: false,
    };
    this.roles.set(role.id, role);
    return role;
  }

  deleteRole(roleId: string): void {
    if (!this.roles.delete(roleId)) {
      throw new FakeApiError(404, 10011, 'Unknown Role');
    }
    for (const member of this.members.values()) {
      member.roles = member.roles.filter((id) => id !== roleId);
    }
  }

  /** `id` lets a test mirror a category registered elsewhere (e.g. by a seeder). */
  createChannel(body: {
    id?: string;
    name?: string;
    type?: number;
    parent_id?: string | null;
    topic?: string;
    permission_overwrites?: FakeOverwrite[];
  }): FakeChannel {
    const type = body.type ?? 0;
    const parentId = body.parent_id ?? null;
    if (parentId !== null) {
      const parent = this.channels.get(parentId);
      if (!parent || parent.type !== 4) {
        throw new FakeApiError(400, 50035, 'Invalid Form Body: parent_id');
      }
      if (this.childrenOf(parentId).length >= CATEGORY_MAX_CHANNELS) {
        throw new FakeApiError(400, 50035, 'Maximum number of channels in category reached (50)');
      }
    }
    const channel: FakeChannel = {
      id: body.id ?? this.newId(),
      guild_id: this.id,
      type,
      name: type === 0 ? toChannelName(body.name ?? '') : (body.name ?? ''),
      parent_id: parentId,
      topic: body.topic ?? null,
      position: this.channels.size,
      permission_overwrites: (body.permission_overwrites ?? []).map((o) => ({ ...o })),
    };
    this.channels.set(channel.id, channel);
    this.messages.set(channel.id, []);
    return channel;
  }

  childrenOf(categoryId: string): FakeChannel[] {
    return [...this.channels.values()].filter((c) => c.parent_id === categoryId);
  }

  channel(channelId: string): FakeChannel {
    const channel = this.channels.get(channelId);
    if (!channel) {
      throw new FakeApiError(404, 10003, 'Unknown Channel');
    }
    return channel;
  }

  deleteChannel(channelId: string): FakeChannel {
    const channel = this.channel(channelId);
    this.channels.delete(channelId);
    this.messages.delete(channelId);
    return channel;
  }

  member(userId: string): FakeMember {
    const member = this.members.get(userId);
    if (!member) {
      throw new FakeApiError(404, 10007, 'Unknown Member');
    }
    return member;
  }

  setMemberRole(userId: string, roleId: string, on: boolean): void {
    const member = this.member(userId);
    if (!this.roles.has(roleId)) {
      throw new FakeApiError(404, 10011, 'Unknown Role');
    }
    member.roles = member.roles.filter((id) => id !== roleId);
    if (on) {
      member.roles.push(roleId);
    }
  }

  setOverwrite(channelId: string, overwrite: FakeOverwrite | { id: string; remove: true }): void {
    const channel = this.channel(channelId);
    const before = channel.permission_overwrites.length;
    channel.permission_overwrites = channel.permission_overwrites.filter(
      (o) => o.id !== overwrite.id,
    );
    if ('remove' in overwrite) {
      if (channel.permission_overwrites.length === before) {
        throw new FakeApiError(404, 10009, 'Unknown Overwrite');
      }
      return;
    }
    channel.permission_overwrites.push({ ...overwrite });
  }

  postMessage(
    channelId: string,
    body: {
      content?: string;
      embeds?: Record<string, unknown>[];
      nonce?: string | number;
      enforce_nonce?: boolean;
    },
  ): FakeMessage {
    this.channel(channelId);
    const list = this.messages.get(channelId) ?? [];
    const nonce = body.nonce === undefined ? undefined : String(body.nonce);
    if (body.enforce_nonce && nonce !== undefined) {
      const earlier = list.find((m) => m.nonce === nonce && m.author.id === this.bot.id);
      if (earlier) {
        return earlier;
      }
    }
    const message: FakeMessage = {
      id: this.newId(),
      channel_id: channelId,
      author: { id: this.bot.id, username: this.bot.username, bot: true },
      content: body.content ?? '',
      embeds: body.embeds ?? [],
      ...(nonce !== undefined ? { nonce } : {}),
      pinned: false,
      timestamp: new Date().toISOString(),
    };
    list.push(message);
    this.messages.set(channelId, list);
    return message;
  }

  message(channelId: string, messageId: string): FakeMessage {
    const message = this.messages.get(channelId)?.find((m) => m.id === messageId);
    if (!message) {
      throw new FakeApiError(404, 10008, 'Unknown Message');
    }
    return message;
  }

  deleteMessage(channelId: string, messageId: string): void {
    this.message(channelId, messageId);
    const list = this.messages.get(channelId) ?? [];
    this.messages.set(
      channelId,
      list.filter((m) => m.id !== messageId),
    );
  }

  /** Every message in the guild, oldest first. */
  allMessages(): FakeMessage[] {
    return [...this.messages.values()].flat();
  }
}
