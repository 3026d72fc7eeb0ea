import { lazy, useEffect, useRef, type ComponentType } from 'react';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';

import { Layout } from './components/Layout.js';
import { Empty } from './components/States.js';
import { BoardPage } from './features/board/BoardPage.js';
import { GamePage } from './features/game/GamePage.js';

// Pages other than the board and a game load on first visit, keeping the first download small.
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

const AdminLayout = page(() => import('./features/admin/AdminLayout.js'), 'AdminLayout');
const AuditLogPage = page(() => import('./features/admin/AuditLogPage.js'), 'AuditLogPage');
const CategoriesAdminPage = page(
  () => import('./features/admin/CategoriesAdminPage.js'),
  'CategoriesAdminPage',
);
const ReferenceAdminPage = lazy(async () => ({
  default: (await import('./features/admin/ReferenceAdminPage.js')).ReferenceAdminPage,
}));
const SpecialEventsAdminPage = page(
  () => import('./features/admin/SpecialEventsAdminPage.js'),
  'SpecialEventsAdminPage',
);
const TrophiesAdminPage = page(
  () => import('./features/admin/TrophiesAdminPage.js'),
  'TrophiesAdminPage',
);
const UsersAdminPage = page(() => import('./features/admin/UsersAdminPage.js'), 'UsersAdminPage');
const AnnouncePage = page(() => import('./features/announce/AnnouncePage.js'), 'AnnouncePage');
const EditGamePage = page(() => import('./features/announce/EditGamePage.js'), 'EditGamePage');
const SignInPage = page(() => import('./features/auth/SignInPage.js'), 'SignInPage');
const CalendarPage = page(() => import('./features/calendar/CalendarPage.js'), 'CalendarPage');
const MyGamesPage = page(() => import('./features/mine/MyGamesPage.js'), 'MyGamesPage');
const ProfilePage = page(() => import('./features/profile/ProfilePage.js'), 'ProfilePage');
const StatsPage = page(() => import('./features/stats/StatsPage.js'), 'StatsPage');
const TrophiesPage = page(() => import('./features/trophies/TrophiesPage.js'), 'TrophiesPage');

export const appStrings = {
  notFound: 'There is no page here.',
  backToBoard: 'Back to the board',
};

/**
 * Moves focus to the page after an in-app navigation so keyboard and screen-reader users
 * follow; a fresh load leaves focus alone so the skip link comes first.
 */
function useFocusOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);
}

export function App() {
  useFocusOnNavigate();

  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<BoardPage />} />
        <Route path="games/:slug" element={<GamePage />} />
        <Route path="games/:slug/edit" element={<EditGamePage />} />
        <Route path="announce" element={<AnnouncePage />} />
        <Route path="mine" element={<MyGamesPage />} />
        <Route path="calendar" element={<CalendarPage />} />
        <Route path="trophies" element={<TrophiesPage />} />
        <Route path="users/:id" element={<ProfilePage />} />
        <Route path="stats" element={<StatsPage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="admin" element={<AdminLayout />}>
          <Route index element={<Navigate to="systems" replace />} />
          <Route path="systems" element={<ReferenceAdminPage kind="systems" />} />
          <Route path="vtts" element={<ReferenceAdminPage kind="vtts" />} />
          <Route path="events" element={<SpecialEventsAdminPage />} />
          <Route path="categories" element={<CategoriesAdminPage />} />
          <Route path="trophies" element={<TrophiesAdminPage />} />
          <Route path="users" element={<UsersAdminPage />} />
          <Route path="log" element={<AuditLogPage />} />
        </Route>
        <Route
          path="*"
          element={
            <Empty title={appStrings.notFound}>
              <Link to="/">{appStrings.backToBoard}</Link>
            </Empty>
          }
        />
      </Route>
    </Routes>
  );
}
