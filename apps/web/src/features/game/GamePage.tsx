import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';

import { Notice } from '../../components/Notice.js';
import { Empty, ErrorState, Loading } from '../../components/States.js';
import type { Outputs } from '../../lib/api.js';
import { problemOf } from '../../lib/errors.js';
import { useTRPC } from '../../trpc.js';
import { GameDetails } from './GameDetails.js';
import { GameHero } from './GameHero.js';
import { GmActions } from './GmActions.js';
import { SessionsPanel } from './SessionsPanel.js';
import { gameStrings as s } from './strings.js';
import { TablePanel } from './TablePanel.js';

export type GameDetail = Outputs['games']['bySlug'];

/** A message after an action on the page. */
export interface PageNotice {
  tone: 'error' | 'success' | 'info';
  text: string;
}

export type Notify = (notice: PageNotice | null) => void;

export function GamePage() {
  const { slug = '' } = useParams();
  const trpc = useTRPC();
  const game = useQuery(trpc.games.bySlug.queryOptions({ slug }));
  const [notice, setNotice] = useState<PageNotice | null>(null);

  if (game.isPending) {
    return <Loading label={s.loading} />;
  }
  if (game.isError) {
    if (problemOf(game.error).code === 'NOT_FOUND') {
      return (
        <Empty title={s.notFound}>
          <Link to="/">{s.backToBoard}</Link>
        </Empty>
      );
    }
    return <ErrorState error={game.error} onRetry={() => void game.refetch()} />;
  }

  const data = game.data;
  const manages = data.canManage;

  return (
    <>
      <GameHero game={data} />
      {notice && (
        <Notice tone={notice.tone} onDismiss={() => setNotice(null)}>
          {notice.text}
        </Notice>
      )}
      {data.status === 'draft' && <Notice tone="info">{s.draftNote}</Notice>}
      <div className="game-layout">
        <div>
          <GameDetails game={data} />
        </div>
        <aside>
          {manages && <GmActions game={data} notify={setNotice} />}
          <TablePanel game={data} manages={manages} notify={setNotice} />
          <SessionsPanel game={data} manages={manages} notify={setNotice} />
        </aside>
      </div>
    </>
  );
}
