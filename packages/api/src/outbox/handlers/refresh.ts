import { isNotFound } from '@questboard/discord';

import { announcementOf, loadGame } from '../gameView.js';
import type { HandlerContext } from './HandlerContext.js';
import { announcementChannel } from './publish.js';

/** `game.refresh`: the announcement shows the game as it is now. */
export async function refresh(ctx: HandlerContext): Promise<void> {
  const game = await loadGame(ctx.orm, ctx.action.gameId ?? -1);
  const channelId = game ? announcementChannel(ctx, game) : null;
  if (!game?.msgId || !channelId) {
    return;
  }
  try {
    await ctx.gateway.editAnnouncement(channelId, game.msgId, announcementOf(game, ctx.config));
  } catch (error) {
    // Someone deleted the message by hand: nothing left to edit.
    if (!isNotFound(error)) throw error;
    await ctx.record({ missing: true });
  }
}
