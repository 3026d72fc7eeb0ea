import { Suspense, useEffect, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';

import { useSession, useSignOut } from '../features/auth/useViewer.js';
import { Loading } from './States.js';

export const layoutStrings = {
  brand: 'Questboard',
  skip: 'Skip to content',
  menu: 'Menu',
  nav: 'Main',
  board: 'Board',
  calendar: 'Calendar',
  trophies: 'Trophies',
  stats: 'Stats',
  mine: 'My games',
  announce: 'Announce a game',
  admin: 'Admin',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signedInAs: 'Signed in as',
  footer: 'Questboard · made for the club, by the club',
};

/** Header with the navigation, the page, and a footer; the menu folds on a phone. */
export function Layout() {
  const session = useSession();
  const viewer = session.data?.user ?? null;
  const signOut = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);

  useEffect(() => setMenuOpen(false), [location.pathname]);

  const links = [
    { to: '/', label: layoutStrings.board, end: true, show: true },
    { to: '/calendar', label: layoutStrings.calendar, show: true },
    { to: '/trophies', label: layoutStrings.trophies, show: true },
    { to: '/stats', label: layoutStrings.stats, show: true },
    { to: '/mine', label: layoutStrings.mine, show: viewer !== null },
    { to: '/admin', label: layoutStrings.admin, show: viewer?.isAdmin === true },
  ];

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {layoutStrings.skip}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="brand">
            <img src="/favicon.svg" alt="" width={32} height={32} />
            <span className="brand-name">{layoutStrings.brand}</span>
          </Link>
          <button
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="site-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span aria-hidden="true">☰</span> {layoutStrings.menu}
          </button>
          <nav
            id="site-nav"
            className={`site-nav${menuOpen ? ' is-open' : ''}`}
            aria-label={layoutStrings.nav}
          >
            <ul>
              {links
                .filter((link) => link.show)
                .map((link) => (
                  <li key={link.to}>
                    <NavLink to={link.to} end={link.end ?? false}>
                      {link.label}
                    </NavLink>
                  </li>
                ))}
            </ul>
            <div className="site-nav-user">
              {viewer?.isGm || viewer?.isAdmin ? (
                <Link to="/announce" className="button button-primary button-small">
                  + {layoutStrings.announce}
                </Link>
              ) : null}
              {viewer ? (
                <>
                  <Link
                    to={`/users/${viewer.id}`}
                    className="user-chip"
                    title={layoutStrings.signedInAs}
                  >
                    <span className="avatar" aria-hidden="true">
                      {viewer.name.slice(0, 1).toUpperCase()}
                    </span>
                    <span>{viewer.name}</span>
                  </Link>
                  <button
                    type="button"
                    className="button button-ghost button-small"
                    disabled={signOut.isPending}
                    onClick={() =>
                      signOut.mutate(undefined, { onSuccess: () => void navigate('/') })
                    }
                  >
                    {layoutStrings.signOut}
                  </button>
                </>
              ) : (
                !session.isPending && (
                  <Link to="/sign-in" className="button button-small">
                    {layoutStrings.signIn}
                  </Link>
                )
              )}
            </div>
          </nav>
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">{layoutStrings.footer}</footer>
    </div>
  );
}
