import { Link, NavLink, Outlet } from 'react-router-dom';

import { PageHeader } from '../../components/PageHeader.js';
import { Empty, Loading } from '../../components/States.js';
import { useSession } from '../auth/useViewer.js';
import { adminStrings as s } from './strings.js';

const TABS = [
  ['systems', s.tabs.systems],
  ['vtts', s.tabs.vtts],
  ['events', s.tabs.events],
  ['categories', s.tabs.categories],
  ['trophies', s.tabs.trophies],
  ['users', s.tabs.users],
  ['log', s.tabs.log],
] as const;

/** The admin area: tabs over the club's reference data, members and the audit log. */
export function AdminLayout() {
  const session = useSession();
  const viewer = session.data?.user ?? null;

  if (session.isPending) return <Loading />;
  if (!viewer?.isAdmin) {
    return (
      <Empty title={s.onlyAdmins}>
        {!viewer && (
          <Link className="button button-primary" to="/sign-in">
            {s.signIn}
          </Link>
        )}
      </Empty>
    );
  }

  return (
    <>
      <PageHeader title={s.title} />
      <nav className="tabs" aria-label={s.title}>
        {TABS.map(([path, label]) => (
          <NavLink key={path} to={`/admin/${path}`}>
            {label}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </>
  );
}
