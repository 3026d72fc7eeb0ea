import { z } from 'zod';

import { toGameCard, toGameDetail, toGameRef } from '../dto/gameDto.js';
import {
  gameAddPlayerInput,
  gameCreateInput,
  gameIdInput,
  gamePublishInput,
  gameRemovePlayerInput,
  gameSearchInput,
  gameSlugInput,
  gameUpdateInput,
} from '../schemas/index.js';
import { adminProcedure, authedProcedure, gmProcedure, publicProcedure, router } from '../trpc.js';

/** Games: the board, a GM's lifecycle and the seats at each table. */
export const gamesRouter = router({
  search: publicProcedure.input(gameSearchInput).query(async ({ ctx, input }) => {
    const { page, perPage, ...filters } = input;
    const result = await ctx.services.games.search(filters, page, perPage, ctx.user);
    return {
      items: result.games.map((game) => toGameCard(game, result.seats.get(game.id) ?? 0)),
      total: result.total,
      page: result.page,
      perPage: result.perPage,
      pages: result.pages,
    };
  }),

  bySlug: publicProcedure.input(gameSlugInput).query(async ({ ctx, input }) => {
    const game = await ctx.services.games.bySlug(input.slug, ctx.user);
    return toGameDetail(game, ctx.user);
  }),

  mine: authedProcedure.input(z.void()).query(async ({ ctx }) => {
    const { running, playing, seats } = await ctx.services.games.mine(ctx.user);
    const card = (game: (typeof running)[number]) => toGameCard(game, seats.get(game.id) ?? 0);
    return { running: running.map(card), playing: playing.map(card) };
  }),

  create: gmProcedure.input(gameCreateInput).mutation(async ({ ctx, input }) => {
    return toGameRef(await ctx.services.games.create(ctx.user, input));
  }),

  update: gmProcedure.input(gameUpdateInput).mutation(async ({ ctx, input }) => {
    return toGameRef(await ctx.services.games.update(ctx.user, input));
  }),

  publish: gmProcedure.input(gamePublishInput).mutation(async ({ ctx, input }) => {
    return toGameRef(await ctx.services.lifecycle.publish(ctx.user, input));
  }),

  close: gmProcedure.input(gameIdInput).mutation(async ({ ctx, input }) => {
    return toGameRef(await ctx.services.lifecycle.close(ctx.user, input.id));
  }),

  reopen: gmProcedure.input(gameIdInput).mutation(async ({ ctx, input }) => {
    return toGameRef(await ctx.services.lifecycle.reopen(ctx.user, input.id));
  }),

  archive: gmProcedure.input(gameIdInput).mutation(async ({ ctx, input }) => {
    return toGameRef(await ctx.services.lifecycle.archive(ctx.user, input.id));
  }),

  delete: adminProcedure.input(gameIdInput).mutation(async ({ ctx, input }) => {
    await ctx.services.games.delete(ctx.user, input.id);
    return { id: input.id };
  }),

  /** The fields of a game as a new draft's defaults, for the create form; writes nothing. */
  clone: gmProcedure.input(gameIdInput).query(async ({ ctx, input }) => {
    return ctx.services.games.clone(ctx.user, input.id);
  }),

  register: authedProcedure.input(gameIdInput).mutation(async ({ ctx, input }) => {
    return toGameRef(await ctx.services.registrations.register(ctx.user, input.id));
  }),

  addPlayer: gmProcedure.input(gameAddPlayerInput).mutation(async ({ ctx, input }) => {
    const { id, userId, force } = input;
    return toGameRef(await ctx.services.registrations.addPlayer(ctx.user, id, userId, force));
  }),

  unregister: authedProcedure.input(gameIdInput).mutation(async ({ ctx, input }) => {
    return toGameRef(await ctx.services.registrations.unregister(ctx.user, input.id));
  }),

  removePlayer: gmProcedure.input(gameRemovePlayerInput).mutation(async ({ ctx, input }) => {
    const game = await ctx.services.registrations.unregister(ctx.user, input.id, input.userId);
    return toGameRef(game);
  }),
});
