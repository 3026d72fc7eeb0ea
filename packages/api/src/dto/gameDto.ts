import type {
  Ambience,
  CharacterMode,
  Classification,
  Frequency,
  Game,
  GameSession,
  GameStatus,
  GameType,
  Restriction,
  User,
  XpLevel,
} from '@questboard/db';

import { runsGame } from '../services/games/gameAccess.js';
import type { Actor } from '../services/Service.js';

export interface PersonDto {
  id: string;
  name: string;
}

/** A game on the board: what a card shows. */
export interface GameCardDto {
  id: number;
  slug: string;
  name: string;
  type: GameType;
  status: GameStatus;
  date: Date;
  length: string | null;
  partySize: number;
  partySelection: boolean;
  seatsTaken: number;
  restriction: Restriction;
  xp: XpLevel;
  img: string | null;
  gm: PersonDto;
  system: { id: number; name: string; icon: string | null };
  vtt: { id: number; name: string; icon: string | null } | null;
  specialEvent: { id: number; name: string; emoji: string | null; color: number } | null;
}

/** Discord ids of a game, shown only to its GM and admins. */
export interface GameDiscordDto {
  channel: string | null;
  role: string | null;
  msgId: string | null;
  categoryId: string | null;
}

/** A game's page. */
export interface GameDetailDto extends GameCardDto {
  description: string;
  restrictionTags: string[];
  sessionLength: number;
  frequency: Frequency | null;
  characters: CharacterMode;
  classification: Classification;
  ambience: Ambience[];
  complement: string | null;
  players: PersonDto[];
  sessions: { id: number; start: Date; end: Date }[];
  createdAt: Date;
  updatedAt: Date;
  /** The viewer holds a seat. */
  isRegistered: boolean;
  /** The viewer runs the game (its GM or an admin). */
  canManage: boolean;
  /** Null unless the viewer runs the game. */
  discord: GameDiscordDto | null;
}

/** What a mutation on a game answers: enough to refresh the page. */
export interface GameRefDto {
  id: number;
  slug: string;
  status: GameStatus;
}

export function toPerson(user: User): PersonDto {
  return { id: user.id, name: user.name };
}

/** A card; gm, system, vtt and specialEvent must be loaded. */
export function toGameCard(game: Game, seatsTaken: number): GameCardDto {
  const { system, vtt, specialEvent } = game;
  return {
    id: game.id,
    slug: game.slug,
    name: game.name,
    type: game.type,
    status: game.status,
    date: game.date,
    length: game.length,
    partySize: game.partySize,
    partySelection: game.partySelection,
    seatsTaken,
    restriction: game.restriction,
    xp: game.xp,
    img: game.img,
    gm: toPerson(game.gm),
    system: { id: system.id, name: system.name, icon: system.icon },
    vtt: vtt ? { id: vtt.id, name: vtt.name, icon: vtt.icon } : null,
    specialEvent: specialEvent
      ? {
          id: specialEvent.id,
          name: specialEvent.name,
          emoji: specialEvent.emoji,
          color: specialEvent.color,
        }
      : null,
  };
}

function toSession(session: GameSession): { id: number; start: Date; end: Date } {
  return { id: session.id, start: session.start, end: session.end };
}

/** A game's page as `viewer` may see it: gm, system, vtt, special event, players and sessions loaded. */
export function toGameDetail(game: Game, viewer: Actor | null): GameDetailDto {
  const players = game.players.getItems();
  const manages = runsGame(viewer, game);
  return {
    ...toGameCard(game, players.length),
    description: game.description,
    restrictionTags: [...game.restrictionTags],
    sessionLength: game.sessionLength,
    frequency: game.frequency,
    characters: game.characters,
    classification: { ...game.classification },
    ambience: [...game.ambience],
    complement: game.complement,
    players: players.map(toPerson),
    sessions: game.sessions.getItems().map(toSession),
    createdAt: game.createdAt,
    updatedAt: game.updatedAt,
    isRegistered: !!viewer && players.some((player) => player.id === viewer.id),
    canManage: manages,
    discord: manages
      ? {
          channel: game.channel,
          role: game.role,
          msgId: game.msgId,
          categoryId: game.category?.id ?? null,
        }
      : null,
  };
}

export function toGameRef(game: Game): GameRefDto {
  return { id: game.id, slug: game.slug, status: game.status };
}
