import { z } from 'zod';

import { toMember, toMemberRef, toProfile } from '../dto/userDto.js';
import {
  userIdInput,
  userListInput,
  userPickInput,
  userSetInactiveInput,
  userSetRolesInput,
} from '../schemas/index.js';
import { adminProcedure, gmProcedure, publicProcedure, router } from '../trpc.js';

/** Members: who am I, public profiles, and the admins' member list. */
export const usersRouter = router({
  /** The signed-in member, or null when anonymous. */
  me: publicProcedure.input(z.void()).query(async ({ ctx }) => {
    const user = await ctx.services.users.me(ctx.user);
    return user ? toMember(user) : null;
  }),

  /** A member's public profile and trophy summary. */
  byId: publicProcedure.input(userIdInput).query(async ({ ctx, input }) => {
    return toProfile(await ctx.services.users.byId(input.id));
  }),

  /** Members by name, paginated and searchable. */
  list: adminProcedure.input(userListInput).query(async ({ ctx, input }) => {
    const page = await ctx.services.users.list(input);
    return { ...page, items: page.items.map(toMember) };
  }),

  /** Members still playing a GM can seat (addPlayer), by name or username; at most `limit`. */
  pick: gmProcedure.input(userPickInput).query(async ({ ctx, input }) => {
    return (await ctx.services.users.pick(input)).map(toMemberRef);
  }),

  /** Marks a member as no longer playing, or as playing again. */
  setInactive: adminProcedure.input(userSetInactiveInput).mutation(async ({ ctx, input }) => {
    return toMember(await ctx.services.users.setInactive(input));
  }),

  /** Grants or withdraws the GM and admin roles (never one's own admin role). */
  setRoles: adminProcedure.input(userSetRolesInput).mutation(async ({ ctx, input }) => {
    return toMember(await ctx.services.users.setRoles(ctx.user, input));
  }),
});
