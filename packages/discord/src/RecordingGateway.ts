import type {
  AnnouncementEmbed,
  DiscordGateway,
  EnsureAnnouncementInput,
  EnsureChannelInput,
} from './DiscordGateway.js';

export interface RecordedCall {
  method: keyof DiscordGateway;
  args: unknown[];
}

/**
 * The embedded default gateway: remembers what it was asked and what it "created", talks to
 * nobody. Ids are fresh snowflake-shaped strings; repeated `ensure…` calls find earlier results.
 */
export class RecordingGateway implements DiscordGateway {
  readonly calls: RecordedCall[] = [];
  /** The most calls kept: a long-running demo server must not grow without bound. */
  private readonly keep: number;
  private nextId = 100_000_000_000_000_000n;
  private readonly roles = new Map<string, string>();
  private readonly channels = new Map<string, string>();
  private readonly messages = new Map<string, string>();

  constructor(options: { keep?: number } = {}) {
    this.keep = options.keep ?? 10_000;
  }

  private record(method: keyof DiscordGateway, ...args: unknown[]): void {
    this.calls.push({ method, args });
    if (this.calls.length > this.keep) {
      this.calls.splice(0, this.calls.length - this.keep);
    }
  }

  private newId(): string {
    this.nextId += 1n;
    return this.nextId.toString();
  }

  private ensure(store: Map<string, string>, key: string): { id: string } {
    const id = store.get(key) ?? this.newId();
    store.set(key, id);
    return { id };
  }

  ensureRole(name: string, color?: number): Promise<{ id: string }> {
    this.record('ensureRole', name, color);
    return Promise.resolve(this.ensure(this.roles, name));
  }

  deleteRole(roleId: string): Promise<void> {
    this.record('deleteRole', roleId);
    return Promise.resolve();
  }

  countRoles(): Promise<number> {
    this.record('countRoles');
    return Promise.resolve(this.roles.size);
  }

  ensureCategory(name: string): Promise<{ id: string }> {
    this.record('ensureCategory', name);
    return Promise.resolve(this.ensure(this.channels, `category:${name}`));
  }

  ensureChannel(input: EnsureChannelInput): Promise<{ id: string }> {
    this.record('ensureChannel', input);
    return Promise.resolve(this.ensure(this.channels, `${input.categoryId}:${input.name}`));
  }

  deleteChannel(channelId: string): Promise<void> {
    this.record('deleteChannel', channelId);
    return Promise.resolve();
  }

  addMemberRole(userId: string, roleId: string): Promise<void> {
    this.record('addMemberRole', userId, roleId);
    return Promise.resolve();
  }

  removeMemberRole(userId: string, roleId: string): Promise<void> {
    this.record('removeMemberRole', userId, roleId);
    return Promise.resolve();
  }

  allowMember(channelId: string, userId: string): Promise<void> {
    this.record('allowMember', channelId, userId);
    return Promise.resolve();
  }

  denyMember(channelId: string, userId: string): Promise<void> {
    this.record('denyMember', channelId, userId);
    return Promise.resolve();
  }

  ensureAnnouncement(input: EnsureAnnouncementInput): Promise<{ id: string }> {
    this.record('ensureAnnouncement', input);
    return Promise.resolve(this.ensure(this.messages, input.nonce));
  }

  editAnnouncement(channelId: string, messageId: string, embed: AnnouncementEmbed): Promise<void> {
    this.record('editAnnouncement', channelId, messageId, embed);
    return Promise.resolve();
  }

  pinAnnouncement(channelId: string, messageId: string): Promise<void> {
    this.record('pinAnnouncement', channelId, messageId);
    return Promise.resolve();
  }

  deleteAnnouncement(channelId: string, messageId: string): Promise<void> {
    this.record('deleteAnnouncement', channelId, messageId);
    return Promise.resolve();
  }
}
