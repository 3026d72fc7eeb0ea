import { z } from 'zod';

import { dateField, entityId } from './common.js';

const DAY_MS = 24 * 60 * 60 * 1000;

const interval = z.object({ start: dateField, end: dateField });

/** Ends after it starts and lasts under 24 hours; the error names `end`. */
function checkSession<T extends z.infer<typeof interval>>(value: T, ctx: z.RefinementCtx): void {
  if (value.end.getTime() <= value.start.getTime()) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'must be after the start' });
  } else if (value.end.getTime() - value.start.getTime() >= DAY_MS) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'a session lasts under 24 hours' });
  }
}

/** sessions.create */
export const sessionCreateInput = interval.extend({ gameId: entityId }).superRefine(checkSession);
export type SessionCreateInput = z.infer<typeof sessionCreateInput>;

/** sessions.update: moves a session. */
export const sessionUpdateInput = interval.extend({ id: entityId }).superRefine(checkSession);
export type SessionUpdateInput = z.infer<typeof sessionUpdateInput>;

/** sessions.delete */
export const sessionDeleteInput = z.object({ id: entityId });
export type SessionDeleteInput = z.infer<typeof sessionDeleteInput>;

/**
 * Longest range one calendar call may ask for: a six-week month grid, plus an hour for a
 * daylight-saving change inside a grid counted in local days. Keeps one answer bounded.
 */
export const MAX_CALENDAR_RANGE_MS = 42 * DAY_MS + 60 * 60 * 1000;

/** sessions.inRange: the calendar, at most six weeks at a time. */
export const sessionRangeInput = interval
  .extend({
    /** Only the sessions of games the caller runs or plays in. */
    mine: z.boolean().default(false),
  })
  .superRefine((value, ctx) => {
    if (value.end.getTime() <= value.start.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'must be after the start' });
    } else if (value.end.getTime() - value.start.getTime() > MAX_CALENDAR_RANGE_MS) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'at most 6 weeks at a time' });
    }
  });
export type SessionRangeInput = z.infer<typeof sessionRangeInput>;
