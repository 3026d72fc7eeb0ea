import { useEffect } from 'react';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';

import { Layout } from './components/Layout.js';
import { Empty } from './components/States.js';
import { AdminLayout } from './features/admin/AdminLayout.js';
import { AuditLogPage } from './features/admin/AuditLogPage.js';
import { CategoriesAdminPage } from './features/admin/CategoriesAdminPage.js';
import { ReferenceAdminPage } from './features/admin/ReferenceAdminPage.js';
import { SpecialEventsAdminPage } from './features/admin/SpecialEventsAdminPage.js';
import { TrophiesAdminPage } from './features/admin/TrophiesAdminPage.js';
import { UsersAdminPage } from './features/admin/UsersAdminPage.js';
import { AnnouncePage } from './features/announce/AnnouncePage.js';
import { EditGamePage } from './features/announce/EditGamePage.js';
import { SignInPage } from './features/auth/SignInPage.js';
import { BoardPage } from './features/board/BoardPage.js';
import { CalendarPage } from './features/calendar/CalendarPage.js';
import { GamePage } from './features/game/GamePage.js';
import { MyGamesPage } from './features/mine/MyGamesPage.js';
import { ProfilePage } from './features/profile/ProfilePage.js';
import { StatsPage } from './features/stats/StatsPage.js';
import { TrophiesPage } from './features/trophies/TrophiesPage.js';

export const appStrings = {
  notFound: 'There is no page here.',
  backToBoard: 'Back to the board',
};

/** Moves focus to the page after a navigation so keyboard and screen-reader users follow. */
function useFocusOnNavigate() {
  const { pathname } = useLocation();
  useEffect(() => {
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
