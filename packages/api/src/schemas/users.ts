import { z } from 'zod';

import { dateField, pageInput, snowflake } from './common.js';

/** users.byId */
export const userIdInput = z.object({ id: snowflake });
export type UserIdInput = z.infer<typeof userIdInput>;

/** Who users.list shows: everyone, members still playing, or those who left. */
export const USER_LIST_STATUSES = ['all', 'active', 'inactive'] as const;

/** users.list: paginated, searching name and username. */
export const userListInput = pageInput.extend({
  status: z.enum(USER_LIST_STATUSES).default('all'),
});
export type UserListInput = z.infer<typeof userListInput>;

/** users.pick: members still playing a GM can seat, by name or username. */
export const userPickInput = z
  .object({
    search: z.string().trim().max(100).default(''),
    limit: z.number().int().min(1).max(50).default(20),
  })
  .default({ search: '', limit: 20 });
export type UserPickInput = z.infer<typeof userPickInput>;

/** users.setInactive: marks a member as no longer playing (as of `asOf`, default now), or back. */
export const userSetInactiveInput = z.object({
  id: snowflake,
  inactive: z.boolean(),
  asOf: dateField.optional(),
});
export type UserSetInactiveInput = z.infer<typeof userSetInactiveInput>;

/** users.setRoles: only the roles named change. */
export const userSetRolesInput = z
  .object({ id: snowflake, isGm: z.boolean().optional(), isAdmin: z.boolean().optional() })
  .refine((value) => value.isGm !== undefined || value.isAdmin !== undefined, {
    path: ['isGm'],
    message: 'name a role to change',
  });
export type UserSetRolesInput = z.infer<typeof userSetRolesInput>;
