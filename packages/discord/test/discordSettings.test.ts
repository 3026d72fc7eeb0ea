import { describe, expect, it } from 'vitest';

import { readDiscordSettings } from '../src/discordSettings.js';

const GUILD = '1100000000000000001';

describe('readDiscordSettings', () => {
  it('is off, without complaint, when nothing Discord is set', () => {
    expect(readDiscordSettings({})).toEqual({ settings: null, problems: [] });
  });

  it('reads a full configuration with its defaults', () => {
    const { settings, problems } = readDiscordSettings(
      {
        DISCORD_GUILD_ID: GUILD,
        DISCORD_BOT_TOKEN: 'token',
        DISCORD_CLIENT_ID: '1100000000000000002',
        DISCORD_CLIENT_SECRET: 'secret',
        DISCORD_GM_ROLE_IDS: '1100000000000000003, 1100000000000000004',
        DISCORD_ADMIN_ROLE_IDS: '1100000000000000005',
      },
      'https://quest.example.org/',
    );

    expect(problems).toEqual([]);
    expect(settings).toMatchObject({
      guildId: GUILD,
      botToken: 'token',
      oauth: {
        clientId: '1100000000000000002',
        redirectUri: 'https://quest.example.org/auth/discord/callback',
        requireMember: true,
      },
      gmRoleIds: ['1100000000000000003', '1100000000000000004'],
      adminRoleIds: ['1100000000000000005'],
      roleThreshold: 240,
      categoryThreshold: 45,
      apiUrl: 'https://discord.com/api',
    });
  });

  it('names every bad value on its own line', () => {
    const { problems } = readDiscordSettings({
      DISCORD_GUILD_ID: GUILD,
      DISCORD_CLIENT_ID: '1100000000000000002',
      DISCORD_GM_ROLE_IDS: 'gm',
      DISCORD_ROLE_THRESHOLD: '300',
      DISCORD_CATEGORY_THRESHOLD: 'many',
      DISCORD_API_URL: 'ftp://discord.test',
    });

    expect(problems).toEqual([
      'DISCORD_GM_ROLE_IDS must be comma-separated Discord ids, got "gm"',
      'DISCORD_ROLE_THRESHOLD must be a whole number from 0 to 250, got "300"',
      'DISCORD_CATEGORY_THRESHOLD must be a whole number from 1 to 50, got "many"',
      'DISCORD_API_URL must be an http:// or https:// URL, got "ftp://discord.test"',
      'DISCORD_CLIENT_ID and DISCORD_CLIENT_SECRET go together: set both or neither',
    ]);
  });

  it('asks for the guild when a bot token is set without it', () => {
    expect(readDiscordSettings({ DISCORD_BOT_TOKEN: 'token' }).problems).toEqual([
      'DISCORD_GUILD_ID is required with a bot token or an OAuth client',
    ]);
  });
});
