import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';

import { Pagination } from '../../components/Pagination.js';
import { Empty, QueryView } from '../../components/States.js';
import { formatDay } from '../../lib/dates.js';
import { describeProblem } from '../../lib/errors.js';
import { useDebounced } from '../../lib/useDebounced.js';
import { useTRPC } from '../../trpc.js';
import { AdminTableHead } from './AdminTableHead.js';
import { FeedbackNotice } from './FeedbackNotice.js';
import { SearchToolbar } from './SearchToolbar.js';
import { adminStrings as s } from './strings.js';

const PER_PAGE = 25;

/** Members, searchable; an admin marks who no longer plays (and back). */
export function UsersAdminPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const term = useDebounced(search.trim());
  const users = useQuery({
    ...trpc.users.list.queryOptions({ page, perPage: PER_PAGE, ...(term ? { search: term } : {}) }),
    placeholderData: keepPreviousData,
  });
  const [notice, setNotice] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const setInactive = useMutation(
    trpc.users.setInactive.mutationOptions({
      onError: (error) => setNotice({ tone: 'error', text: describeProblem(error) }),
    }),
  );

  return (
    <section className="panel" aria-labelledby="users-title">
      <h2 id="users-title">{s.users.title}</h2>
      <SearchToolbar
        id="users-search"
        label={s.users.search}
        value={search}
        onChange={(value) => {
          setSearch(value);
          setPage(1);
        }}
      />
      <FeedbackNotice notice={notice} onDismiss={() => setNotice(null)} />
      <QueryView
        query={users}
        isEmpty={(data) => data.items.length === 0}
        empty={<Empty title={s.users.empty} />}
      >
        {(data) => (
          <>
            <div className="table-wrap">
              <table className="table">
                <AdminTableHead columns={[s.name, s.users.roles, s.users.status]} />
                <tbody>
                  {data.items.map((user) => (
                    <tr key={user.id}>
                      <td>
                        <Link to={`/users/${user.id}`}>{user.name}</Link>
                        {user.username && <span className="muted small"> @{user.username}</span>}
                      </td>
                      <td>
                        <span className="button-row">
                          {user.isAdmin && (
                            <span className="badge badge-restriction">{s.users.admin}</span>
                          )}
                          {user.isGm && <span className="badge badge-open">{s.users.gm}</span>}
                        </span>
                      </td>
                      <td>
                        {user.notPlayerAsOf
                          ? s.users.left(formatDay(user.notPlayerAsOf))
                          : s.users.playing}
                      </td>
                      <td className="row-actions">
                        <button
                          type="button"
                          className="button button-small"
                          aria-label={`${user.notPlayerAsOf ? s.users.markActive : s.users.markInactive}: ${user.name}`}
                          disabled={setInactive.isPending}
                          onClick={() => {
                            const inactive = user.notPlayerAsOf === null;
                            setInactive.mutate(
                              { id: user.id, inactive },
                              {
                                onSuccess: () => {
                                  setNotice({
                                    tone: 'success',
                                    text: inactive
                                      ? s.users.markedInactive(user.name)
                                      : s.users.markedActive(user.name),
                                  });
                                  void queryClient.invalidateQueries({
                                    queryKey: trpc.users.pathKey(),
                                  });
                                },
                              },
                            );
                          }}
                        >
                          {user.notPlayerAsOf ? s.users.markActive : s.users.markInactive}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination page={data.page} pages={data.pages} onPage={setPage} />
          </>
        )}
      </QueryView>
    </section>
  );
}
