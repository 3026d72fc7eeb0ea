import { isNotFound } from '@questboard/discord';

import { announcementOf, loadGame } from '../gameView.js';
import { earlierResults } from '../outboxStore.js';
import type { HandlerContext } from './HandlerContext.js';

interface DiscordIds {
  channel: string | null;
  role: string | null;
  msgId: string | null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value ? value : null;
}

/**
 * The ids to remove: the game row's (or the payload's, for a deleted game), completed with
 * what earlier actions recorded, since a publish may have created something after the
 * service read the row.
 */
async function idsOf(ctx: HandlerContext, row: DiscordIds | null): Promise<DiscordIds> {
  const payload = ctx.action.payload;
  const ids: DiscordIds = {
    channel: row?.channel ?? text(payload.channel),
    role: row?.role ?? text(payload.role),
    msgId: row?.msgId ?? text(payload.msgId),
  };
  if (ctx.action.gameId === null) {
    return ids;
  }
  for (const result of await earlierResults(ctx.orm, ctx.action.gameId, ctx.action.id)) {
    ids.channel ??= text(result.channel);
    ids.role ??= text(result.role);
    ids.msgId ??= text(result.msgId);
  }
  return ids;
}

/**
 * `game.archive` and `game.delete`: the channel (with the pinned announcement in it) and the
 * role go. An announcement in a shared channel is marked archived, or deleted with its game.
 * Category counts are the service's business: it already took the seat back.
 */
export async function teardown(ctx: HandlerContext): Promise<void> {
  const game = await loadGame(ctx.orm, ctx.action.gameId ?? -1);
  const ids = await idsOf(ctx, game);
  const shared = ctx.config.announcementChannelId;

  if (shared && ids.msgId) {
    if (game && ctx.action.kind === 'game.archive') {
      await ctx.gateway
        .editAnnouncement(shared, ids.msgId, announcementOf(game, ctx.config))
        .catch((error: unknown) => {
          // Deleted by hand: nothing to mark.
          if (!isNotFound(error)) throw error;
        });
    } else {
      await ctx.gateway.deleteAnnouncement(shared, ids.msgId);
    }
  }
  if (ids.channel) {
    await ctx.gateway.deleteChannel(ids.channel);
    await ctx.record(
      { deletedChannel: ids.channel },
      { channel: null, ...(shared ? {} : { msgId: null }) },
    );
  }
  if (ids.role) {
    await ctx.gateway.deleteRole(ids.role);
    await ctx.record({ deletedRole: ids.role }, { role: null });
  }
}
