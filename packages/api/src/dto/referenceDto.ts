import type { Channel, GameType, SpecialEvent, System, Vtt } from '@questboard/db';

/** A rule system or a VTT. */
export interface CatalogEntryDto {
  id: number;
  name: string;
  icon: string | null;
}

export interface SpecialEventDto {
  id: number;
  name: string;
  emoji: string | null;
  /** RGB, 0 to 0xFFFFFF. */
  color: number;
  /** Offered by the game form. */
  active: boolean;
}

/** A Discord category and how many game channels it holds. */
export interface ChannelDto {
  id: string;
  type: GameType;
  size: number;
}

export function toCatalogEntry(entry: System | Vtt): CatalogEntryDto {
  return { id: entry.id, name: entry.name, icon: entry.icon };
}

export function toSpecialEvent(event: SpecialEvent): SpecialEventDto {
  return {
    id: event.id,
    name: event.name,
    emoji: event.emoji,
    color: event.color,
    active: event.active,
  };
}

export function toChannel(channel: Channel): ChannelDto {
  return { id: channel.id, type: channel.type, size: channel.size };
}
