import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

import { PageHeader } from '../../components/PageHeader.js';
import { Pagination } from '../../components/Pagination.js';
import { Empty, ErrorState, Loading } from '../../components/States.js';
import {
  boardFiltersToParams,
  isFiltered,
  parseBoardFilters,
  PER_PAGE,
  type BoardFilters,
} from '../../lib/boardFilters.js';
import { useTRPC } from '../../trpc.js';
import { BoardFiltersForm } from './BoardFiltersForm.js';
import { GameCard } from './GameCard.js';
import { boardStrings as s } from './strings.js';

/** The board's filters as the API's search input. */
function searchInput(filters: BoardFilters) {
  return {
    status: filters.status,
    ...(filters.type.length > 0 ? { type: filters.type } : {}),
    ...(filters.restriction.length > 0 ? { restriction: filters.restriction } : {}),
    ...(filters.name ? { name: filters.name } : {}),
    ...(filters.systemId !== null ? { systemId: filters.systemId } : {}),
    ...(filters.vttId !== null ? { vttId: filters.vttId } : {}),
    ...(filters.specialEventId !== null ? { specialEventId: filters.specialEventId } : {}),
    page: filters.page,
    perPage: PER_PAGE,
  };
}

export function BoardPage() {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const filters = parseBoardFilters(params);
  const games = useQuery({
    ...trpc.games.search.queryOptions(searchInput(filters)),
    placeholderData: keepPreviousData,
  });

  const onChange = useCallback(
    (next: BoardFilters, options?: { replace?: boolean }) =>
      setParams(boardFiltersToParams(next), { replace: options?.replace ?? false }),
    [setParams],
  );

  return (
    <>
      <PageHeader title={s.title} subtitle={s.subtitle}>
        {games.data && (
          <p className="muted" aria-live="polite">
            {s.results(games.data.total)}
          </p>
        )}
      </PageHeader>
      <div className="board">
        <aside className="board-side">
          <BoardFiltersForm filters={filters} onChange={onChange} />
        </aside>
        <section className="board-main" aria-busy={games.isFetching}>
          {games.isPending ? (
            <Loading label={s.loading} />
          ) : games.isError ? (
            <ErrorState error={games.error} onRetry={() => void games.refetch()} />
          ) : games.data.items.length === 0 ? (
            <Empty title={isFiltered(filters) ? s.empty : s.emptyUnfiltered}>
              <p>{s.emptyHint}</p>
            </Empty>
          ) : (
            <>
              <div className="game-grid">
                {games.data.items.map((game) => (
                  <GameCard key={game.id} game={game} />
                ))}
              </div>
              <Pagination
                page={games.data.page}
                pages={games.data.pages}
                onPage={(page) => onChange({ ...filters, page })}
              />
            </>
          )}
        </section>
      </div>
    </>
  );
}
