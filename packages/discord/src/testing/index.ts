export { FakeDiscord, type Fault, type FakeCall, type FakeDiscordOptions } from './FakeDiscord.js';
export {
  CATEGORY_MAX_CHANNELS,
  FakeApiError,
  FakeGuild,
  GUILD_MAX_ROLES,
  type FakeChannel,
  type FakeMember,
  type FakeMessage,
  type FakeOverwrite,
  type FakeRole,
  type FakeUser,
} from './FakeGuild.js';
