import type { MikroORM } from '@mikro-orm/postgresql';

import { Game, type GameStatus, type GameType } from '@questboard/db';
import { listWithin, type AnnouncementEmbed } from '@questboard/discord';

import type { OutboxConfig } from './outboxConfig.js';

/** What the handlers need to know about a game, read outside any transaction. */
export interface GameView {
  id: number;
  slug: string;
  name: string;
  type: GameType;
  status: GameStatus;
  gm: { id: string; name: string };
  system: string;
  vtt: string | null;
  date: Date;
  sessionLength: number;
  partySize: number;
  description: string;
  restriction: string;
  xp: string;
  img: string | null;
  color: number | null;
  players: { id: string; name: string }[];
  role: string | null;
  channel: string | null;
  msgId: string | null;
  category: { id: string; size: number } | null;
}

/** The game as it is now, or null when it was deleted. */
export async function loadGame(orm: MikroORM, gameId: number): Promise<GameView | null> {
  const em = orm.em.fork();
  const game = await em.findOne(Game, gameId, {
    populate: ['gm', 'system', 'vtt', 'specialEvent', 'category', 'players'],
  });
  if (!game) {
    return null;
  }
  return {
    id: game.id,
    slug: game.slug,
    name: game.name,
    type: game.type,
    status: game.status,
    gm: { id: game.gm.id, name: game.gm.name },
    system: game.system.name,
    vtt: game.vtt?.name ?? null,
    date: game.date,
    sessionLength: Number(game.sessionLength),
    partySize: game.partySize,
    description: game.description,
    restriction: game.restriction,
    xp: game.xp,
    img: game.img,
    color: game.specialEvent?.color ?? null,
    players: game.players.getItems().map((p) => ({ id: p.id, name: p.name })),
    role: game.role,
    channel: game.channel,
    msgId: game.msgId,
    category: game.category ? { id: game.category.id, size: game.category.size } : null,
  };
}

/** The announcement of a game; the gateway keeps it inside Discord's limits. */
export function announcementOf(game: GameView, config: OutboxConfig): AnnouncementEmbed {
  const players = game.players.map((p) => p.name);
  const seats = `${players.length}/${game.partySize}`;
  const when = `<t:${Math.floor(game.date.getTime() / 1000)}:F>`;
  const archived = game.status === 'archived';
  return {
    title: archived ? `[Archived] ${game.name}` : game.name,
    ...(config.publicUrl
      ? { url: `${config.publicUrl.replace(/\/+$/, '')}/games/${game.slug}` }
      : {}),
    description: game.description,
    ...(game.color !== null ? { color: game.color } : {}),
    fields: [
      { name: 'GM', value: `<@${game.gm.id}>`, inline: true },
      { name: 'System', value: game.system, inline: true },
      { name: 'VTT', value: game.vtt ?? '—', inline: true },
      { name: 'First session', value: when, inline: true },
      { name: 'Session length', value: `${game.sessionLength} h`, inline: true },
      { name: 'Restriction', value: game.restriction, inline: true },
      { name: 'Experience', value: game.xp, inline: true },
      {
        name: `Players (${seats})`,
        value: players.length > 0 ? listWithin(players, 1024) : 'No one yet',
      },
    ],
    imageUrl: game.img,
    footer: game.type === 'campaign' ? 'Campaign' : 'One-shot',
  };
}
