export type {
  AnnouncementEmbed,
  DiscordGateway,
  EnsureAnnouncementInput,
  EnsureChannelInput,
} from './DiscordGateway.js';
export { RecordingGateway, type RecordedCall } from './RecordingGateway.js';
export { RestGateway, toChannelName, toNonce, type RestGatewayOptions } from './RestGateway.js';
export {
  DiscordOAuth,
  OAUTH_SCOPES,
  OAuthError,
  OAuthStateError,
  type DiscordIdentity,
  type DiscordOAuthOptions,
  type PendingAuthorization,
} from './DiscordOAuth.js';
export {
  EMBED_LIMITS,
  isHttpUrl,
  listWithin,
  toDiscordEmbed,
  truncate,
  type DiscordEmbedPayload,
} from './embed.js';
export { describeError, isNotFound, isTransient, retryAfterMs } from './errors.js';
export {
  readDiscordSettings,
  type DiscordSettings,
  type DiscordSettingsResult,
} from './discordSettings.js';
