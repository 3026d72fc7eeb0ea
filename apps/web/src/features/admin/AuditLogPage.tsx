import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';

import { Pagination } from '../../components/Pagination.js';
import { Empty, QueryView } from '../../components/States.js';
import { formatDateTime } from '../../lib/dates.js';
import { useDebounced } from '../../lib/useDebounced.js';
import { eventActionLabels } from '../../lib/vocab.js';
import { useTRPC } from '../../trpc.js';
import { SearchToolbar } from './SearchToolbar.js';
import { adminStrings as s } from './strings.js';

const PER_PAGE = 30;

/** Every change to every game, newest first; search and page live in the URL. */
export function AuditLogPage() {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const q = params.get('q') ?? '';
  const [search, setSearch] = useState(q);
  const term = useDebounced(search.trim());

  useEffect(() => {
    if (term === q) return;
    setParams(term ? { q: term } : {}, { replace: true });
  }, [term, q, setParams]);

  const log = useQuery({
    ...trpc.events.list.queryOptions({
      page,
      perPage: PER_PAGE,
      ...(q ? { search: q } : {}),
    }),
    placeholderData: keepPreviousData,
  });

  return (
    <section className="panel" aria-labelledby="log-title">
      <h2 id="log-title">{s.log.title}</h2>
      <SearchToolbar
        id="log-search"
        label={s.log.search}
        hint={s.log.searchHint}
        value={search}
        onChange={setSearch}
      />
      <QueryView
        query={log}
        isEmpty={(data) => data.items.length === 0}
        empty={<Empty title={s.log.empty} />}
      >
        {(data) => (
          <>
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{s.log.when}</th>
                    <th scope="col">{s.log.action}</th>
                    <th scope="col">{s.log.game}</th>
                    <th scope="col">{s.log.who}</th>
                    <th scope="col">{s.log.what}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((event) => (
                    <tr key={event.id}>
                      <td className="nowrap">
                        <time dateTime={event.timestamp.toISOString()}>
                          {formatDateTime(event.timestamp)}
                        </time>
                      </td>
                      <td>
                        <span className={`badge log-${event.action}`}>
                          {eventActionLabels[event.action] ?? event.action}
                        </span>
                      </td>
                      <td>
                        {event.game ? (
                          <Link to={`/games/${event.game.slug}`}>{event.game.name}</Link>
                        ) : (
                          <span className="muted">{s.log.deletedGame}</span>
                        )}
                      </td>
                      <td>
                        {event.user ? (
                          <Link to={`/users/${event.user.id}`}>{event.user.name}</Link>
                        ) : (
                          <span className="muted">{s.log.system}</span>
                        )}
                      </td>
                      <td>{event.description}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination
              page={data.page}
              pages={data.pages}
              onPage={(next) => {
                const copy = new URLSearchParams(params);
                copy.set('page', String(next));
                setParams(copy);
              }}
            />
          </>
        )}
      </QueryView>
    </section>
  );
}
