import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';

import { PageHeader } from '../../components/PageHeader.js';
import { Empty, ErrorState, Loading } from '../../components/States.js';
import { fieldErrorsFromProblem, type FieldErrors } from '../../lib/fieldErrors.js';
import { useTRPC } from '../../trpc.js';
import { useSession } from '../auth/useViewer.js';
import { useInvalidateGames } from '../game/useGameMutations.js';
import { GameForm } from './GameForm.js';
import {
  emptyGameForm,
  GAME_FORM_FIELDS,
  gameFormOf,
  type GameFormState,
} from './gameFormState.js';
import { formStrings as s } from './strings.js';

/**
 * A GM announces a game: it is saved as a draft and opens on its own page. With `?from=<id>`
 * the form starts from a copy of that game (its clone).
 */
export function AnnouncePage() {
  const trpc = useTRPC();
  const session = useSession();
  const [params] = useSearchParams();
  const from = Number(params.get('from')) || null;
  const source = useQuery({
    ...trpc.games.clone.queryOptions({ id: from ?? 0 }),
    enabled: from !== null,
  });

  if (session.isPending || (from !== null && source.isPending)) return <Loading />;
  if (from !== null && source.isError) {
    return <ErrorState error={source.error} onRetry={() => void source.refetch()} />;
  }
  const initial = source.data ? gameFormOf(source.data) : emptyGameForm();
  return <AnnounceForm key={from ?? 'new'} initial={initial} cloned={source.data !== undefined} />;
}

function AnnounceForm({ initial, cloned }: { initial: GameFormState; cloned: boolean }) {
  const trpc = useTRPC();
  const session = useSession();
  const navigate = useNavigate();
  const invalidate = useInvalidateGames();
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const create = useMutation(
    trpc.games.create.mutationOptions({
      onSuccess: async (game) => {
        await invalidate();
        void navigate(`/games/${game.slug}`);
      },
      onError: (error) => setServerErrors(fieldErrorsFromProblem(error, GAME_FORM_FIELDS)),
    }),
  );
  const viewer = session.data?.user ?? null;

  if (!viewer) {
    return (
      <Empty title={s.signInFirst}>
        <Link className="button button-primary" to="/sign-in">
          {s.signIn}
        </Link>
      </Empty>
    );
  }
  if (!viewer.isGm && !viewer.isAdmin) return <Empty title={s.onlyGms} />;

  return (
    <>
      <PageHeader title={cloned ? s.cloneTitle : s.announceTitle} subtitle={s.announceSubtitle} />
      <GameForm
        initial={initial}
        serverErrors={serverErrors}
        submitting={create.isPending}
        submitLabel={s.create}
        onSubmit={(data) => {
          setServerErrors({});
          create.mutate(data);
        }}
        onCancel={() => void navigate(-1)}
      />
    </>
  );
}
