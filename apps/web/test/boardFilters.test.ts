import { describe, expect, it } from 'vitest';

import {
  boardFiltersToParams,
  changeFilters,
  DEFAULT_FILTERS,
  isFiltered,
  parseBoardFilters,
  toggle,
} from '../src/lib/boardFilters.js';

const parse = (query: string) => parseBoardFilters(new URLSearchParams(query));

describe('board filters in the URL', () => {
  it('an empty query is the unfiltered board of open games', () => {
    expect(parse('')).toEqual(DEFAULT_FILTERS);
  });

  it('the unfiltered board writes an empty query', () => {
    expect(boardFiltersToParams(DEFAULT_FILTERS).toString()).toBe('');
  });

  it('every filter survives a round trip through the URL', () => {
    const filters = {
      status: ['open' as const, 'closed' as const],
      type: ['campaign' as const],
      restriction: ['16+' as const, '18+' as const],
      systemId: 3,
      vttId: 7,
      specialEventId: 2,
      name: 'dragon & co',
      page: 4,
    };

    const query = boardFiltersToParams(filters).toString();

    expect(parse(query)).toEqual(filters);
  });

  it('writes list values in a stable order whatever order they were picked in', () => {
    const params = boardFiltersToParams({ ...DEFAULT_FILTERS, restriction: ['18+', 'all'] });
    expect(params.getAll('restriction')).toEqual(['all', '18+']);
  });

  it('ignores unknown statuses, malformed ids and bad pages instead of failing', () => {
    const filters = parse('status=bogus&type=larp&system=abc&vtt=-2&event=0&page=0');
    expect(filters).toEqual(DEFAULT_FILTERS);
  });

  it('keeps a status choice other than open, including drafts', () => {
    expect(parse('status=draft&status=archived').status).toEqual(['draft', 'archived']);
  });

  it('trims the name search and drops it when blank', () => {
    expect(parse('q=%20%20elves%20').name).toBe('elves');
    expect(boardFiltersToParams({ ...DEFAULT_FILTERS, name: '   ' }).has('q')).toBe(false);
  });

  it('a filter change goes back to page one', () => {
    const onPage3 = { ...DEFAULT_FILTERS, page: 3 };
    expect(changeFilters(onPage3, { systemId: 5 })).toMatchObject({ page: 1, systemId: 5 });
  });

  it('toggle adds a missing value and removes a present one', () => {
    expect(toggle(['oneshot'], 'campaign')).toEqual(['oneshot', 'campaign']);
    expect(toggle(['oneshot', 'campaign'], 'oneshot')).toEqual(['campaign']);
  });

  it('knows when the board is filtered, ignoring the page', () => {
    expect(isFiltered({ ...DEFAULT_FILTERS, page: 5 })).toBe(false);
    expect(isFiltered({ ...DEFAULT_FILTERS, vttId: 1 })).toBe(true);
  });
});
