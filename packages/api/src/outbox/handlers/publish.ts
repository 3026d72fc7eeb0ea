import { isNotFound } from '@questboard/discord';

import { announcementOf, loadGame, type GameView } from '../gameView.js';
import { ensureGameCategory } from './category.js';
import type { HandlerContext } from './HandlerContext.js';

/**
 * The game's role and channel names carry its id: a slug freed by a deleted game can be
 * taken again while the old game's channel and role still wait for their removal, and a
 * look-up by name must not find those.
 */
export function discordNames(game: { id: number; name: string; slug: string }) {
  const suffix = ` #${game.id}`;
  return {
    role: `${game.name.slice(0, 100 - suffix.length).trim()}${suffix}`,
    channel: `${game.slug.slice(0, 90)}-${game.id}`,
  };
}

/** Where the announcement lives: the configured channel, else the game's own. */
export function announcementChannel(ctx: HandlerContext, game: { channel: string | null }) {
  return ctx.config.announcementChannelId ?? game.channel;
}

/**
 * `game.publish`: role (or per-member access when the guild is short of roles), channel in
 * the game's category, the players' access, the announcement, its pin. Each step records its
 * id before the next runs, and skips what the game already has, so a retry resumes where the
 * last attempt stopped and a re-publish keeps the channel and role.
 */
export async function publish(ctx: HandlerContext): Promise<void> {
  const game = await loadGame(ctx.orm, ctx.action.gameId ?? -1);
  if (!game) {
    // Deleted before its publish ran: the delete action cleans up whatever exists.
    return;
  }

  const memberMode = await ensurePlayerRole(ctx, game);

  if (!game.channel) {
    const categoryId = await ensureGameCategory(ctx, game);
    const { id } = await ctx.gateway.ensureChannel({
      categoryId,
      name: discordNames(game).channel,
      topic: `${game.name} — ${game.system}`,
      gmId: game.gm.id,
      roleId: game.role,
      ...(memberMode ? { memberIds: game.players.map((p) => p.id) } : {}),
    });
    await ctx.record({ channel: id }, { channel: id });
    game.channel = id;
  }

  await grantPlayers(ctx, game);
  await ensureAnnouncement(ctx, game);
}

/** Returns true when players get per-member channel access instead of a role. */
async function ensurePlayerRole(ctx: HandlerContext, game: GameView): Promise<boolean> {
  if (game.role) {
    return false;
  }
  if (ctx.action.result.memberMode === true || (game.channel && !game.role)) {
    return true;
  }
  const roles = await ctx.gateway.countRoles();
  if (roles >= ctx.config.roleThreshold) {
    ctx.logger.warn({ gameId: game.id, roles }, 'guild near its role cap: per-member access');
    await ctx.record({ memberMode: true });
    return true;
  }
  const { id } = await ctx.gateway.ensureRole(discordNames(game).role, game.color ?? undefined);
  await ctx.record({ role: id }, { role: id });
  game.role = id;
  return false;
}

/** Players registered before the channel existed get their access now (both calls are idempotent). */
async function grantPlayers(ctx: HandlerContext, game: GameView): Promise<void> {
  for (const player of game.players) {
    try {
      if (game.role) {
        await ctx.gateway.addMemberRole(player.id, game.role);
      } else if (game.channel) {
        await ctx.gateway.allowMember(game.channel, player.id);
      }
    } catch (error) {
      // A player who left the guild is not a reason to stop the announcement.
      if (!isNotFound(error)) throw error;
    }
  }
}

async function ensureAnnouncement(ctx: HandlerContext, game: GameView): Promise<void> {
  const channelId = announcementChannel(ctx, game);
  if (!channelId) {
    return;
  }
  const embed = announcementOf(game, ctx.config);
  if (game.msgId) {
    await ctx.gateway.editAnnouncement(channelId, game.msgId, embed);
    return;
  }

  const { id } = await ctx.gateway.ensureAnnouncement({
    channelId,
    embed,
    nonce: `qb-${game.id}-${ctx.action.id}`,
  });
  await ctx.record({ msgId: id, announcementChannel: channelId }, { msgId: id });
  if (channelId === game.channel) {
    await ctx.gateway.pinAnnouncement(channelId, id);
  }
}
