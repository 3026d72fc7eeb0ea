import {
  GAME_STATUSES,
  GAME_TYPES,
  RESTRICTIONS,
  type GameStatus,
  type GameType,
  type Restriction,
} from './vocab.js';

/** The board's filters, as kept in the page URL so a filtered board can be shared. */
export interface BoardFilters {
  status: GameStatus[];
  type: GameType[];
  restriction: Restriction[];
  systemId: number | null;
  vttId: number | null;
  specialEventId: number | null;
  name: string;
  page: number;
}

/** The board with no filter: open games, every type and restriction, first page. */
export const DEFAULT_FILTERS: BoardFilters = {
  status: ['open'],
  type: [],
  restriction: [],
  systemId: null,
  vttId: null,
  specialEventId: null,
  name: '',
  page: 1,
};

/** Games per board page. */
export const PER_PAGE = 12;

function pickAll<T extends string>(values: string[], allowed: readonly T[]): T[] {
  const picked = allowed.filter((value) => values.includes(value));
  return picked;
}

function positiveInt(value: string | null): number | null {
  if (value === null || !/^\d{1,9}$/.test(value)) {
    return null;
  }
  const number = Number(value);
  return number >= 1 ? number : null;
}

/** Reads filters from a URL's search params; unknown or malformed values are ignored. */
export function parseBoardFilters(params: URLSearchParams): BoardFilters {
  const status = pickAll(params.getAll('status'), GAME_STATUSES);

  return {
    status: status.length > 0 ? status : DEFAULT_FILTERS.status,
    type: pickAll(params.getAll('type'), GAME_TYPES),
    restriction: pickAll(params.getAll('restriction'), RESTRICTIONS),
    systemId: positiveInt(params.get('system')),
    vttId: positiveInt(params.get('vtt')),
    specialEventId: positiveInt(params.get('event')),
    name: (params.get('q') ?? '').trim().slice(0, 200),
    page: positiveInt(params.get('page')) ?? 1,
  };
}

/** Writes filters as search params, leaving defaults out so URLs stay short. */
export function boardFiltersToParams(filters: BoardFilters): URLSearchParams {
  const params = new URLSearchParams();
  const isDefaultStatus =
    filters.status.length === 1 && filters.status[0] === DEFAULT_FILTERS.status[0];

  if (!isDefaultStatus) {
    GAME_STATUSES.filter((s) => filters.status.includes(s)).forEach((s) =>
      params.append('status', s),
    );
  }
  GAME_TYPES.filter((t) => filters.type.includes(t)).forEach((t) => params.append('type', t));
  RESTRICTIONS.filter((r) => filters.restriction.includes(r)).forEach((r) =>
    params.append('restriction', r),
  );
  if (filters.systemId !== null) params.set('system', String(filters.systemId));
  if (filters.vttId !== null) params.set('vtt', String(filters.vttId));
  if (filters.specialEventId !== null) params.set('event', String(filters.specialEventId));
  if (filters.name.trim() !== '') params.set('q', filters.name.trim());
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** A filter change always goes back to the first page: the old page may not exist any more. */
export function changeFilters(filters: BoardFilters, change: Partial<BoardFilters>): BoardFilters {
  return { ...filters, page: 1, ...change };
}

/** Adds or removes one value of a multi-choice filter. */
export function toggle<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/** True when anything differs from the unfiltered board (page aside). */
export function isFiltered(filters: BoardFilters): boolean {
  return boardFiltersToParams({ ...filters, page: 1 }).toString() !== '';
}
