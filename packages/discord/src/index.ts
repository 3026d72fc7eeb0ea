export type {
  AnnouncementEmbed,
  DiscordGateway,
  EnsureAnnouncementInput,
  EnsureChannelInput,
} from './DiscordGateway.js';
export { RecordingGateway, type RecordedCall } from './RecordingGateway.js';
