import { isNotFound } from '@questboard/discord';

import { loadGame } from '../gameView.js';
import type { HandlerContext } from './HandlerContext.js';

function userOf(ctx: HandlerContext): string {
  const userId = ctx.action.payload.userId;
  if (typeof userId !== 'string') {
    throw new Error(`Outbox action ${ctx.action.id} has no userId in its payload`);
  }
  return userId;
}

/** `member.add`: the game's role, or per-member access when the game has no role. */
export async function addMember(ctx: HandlerContext): Promise<void> {
  const userId = userOf(ctx);
  const game = await loadGame(ctx.orm, ctx.action.gameId ?? -1);
  try {
    if (game?.role) {
      await ctx.gateway.addMemberRole(userId, game.role);
    } else if (game?.channel) {
      await ctx.gateway.allowMember(game.channel, userId);
    }
    // Neither yet: the game's publish grants access to every player when it runs.
  } catch (error) {
    // Not (or no longer) in the guild: retrying cannot help.
    if (!isNotFound(error)) throw error;
    ctx.logger.warn({ userId }, 'outbox: player is not a member of the guild');
    await ctx.record({ notMember: userId });
  }
}

/** `member.remove`: the reverse; a member who already left the guild counts as removed. */
export async function removeMember(ctx: HandlerContext): Promise<void> {
  const userId = userOf(ctx);
  const game = await loadGame(ctx.orm, ctx.action.gameId ?? -1);
  try {
    if (game?.role) {
      await ctx.gateway.removeMemberRole(userId, game.role);
    } else if (game?.channel) {
      await ctx.gateway.denyMember(game.channel, userId);
    }
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}
