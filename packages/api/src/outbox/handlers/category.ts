import { Channel } from '@questboard/db';

import type { GameView } from '../gameView.js';
import type { HandlerContext } from './HandlerContext.js';

/** Tries names "One-shots N", "N+1"… when a name is taken by a category already full. */
const NAME_ATTEMPTS = 5;

/**
 * The category the game's channel goes in. The service counted the game in the least-filled
 * category of its type; if even that one was at the threshold before (or there was none),
 * every category of the type is full: a new one is created on Discord, registered as a
 * Channel row, and the game's seat moves there.
 */
export async function ensureGameCategory(ctx: HandlerContext, game: GameView): Promise<string> {
  const threshold = ctx.config.categoryThreshold;
  // The game's own channel is already counted in `size`.
  if (game.category && game.category.size <= threshold) {
    return game.category.id;
  }

  const repo = ctx.orm.em.fork().getRepository(Channel);
  const smallest = await repo.getSmallestByType(game.type);
  if (smallest && smallest.id !== game.category?.id && smallest.size < threshold) {
    await moveSeat(ctx, game, smallest.id);
    return smallest.id;
  }

  const count = await repo.countByType(game.type);
  for (let n = count + 1; n <= count + NAME_ATTEMPTS; n += 1) {
    const { id } = await ctx.gateway.ensureCategory(`${ctx.config.categoryNames[game.type]} ${n}`);
    const known = await ctx.orm.em.fork().getRepository(Channel).getById(id);
    if (known && known.size >= threshold) {
      continue;
    }
    await moveSeat(ctx, game, id);
    return id;
  }
  throw new Error(`No room found for a ${game.type} channel after ${NAME_ATTEMPTS} categories`);
}

/** Registers the category if new and moves the game's seat to it, in one transaction. */
async function moveSeat(ctx: HandlerContext, game: GameView, categoryId: string): Promise<void> {
  await ctx.record({ categoryId }, { categoryId }, async (em) => {
    await em.execute(
      `insert into channel (id, type, size) values (?, ?, 0) on conflict (id) do nothing`,
      [categoryId, game.type],
    );
    const repo = em.getRepository(Channel);
    if (game.category) {
      await repo.decrementSize(em.getReference(Channel, game.category.id));
    }
    await repo.incrementSize(em.getReference(Channel, categoryId));
  });
  game.category = { id: categoryId, size: 0 };
}
