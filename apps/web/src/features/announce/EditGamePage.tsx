import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';

import type { GameCreateInput } from '@questboard/api/schemas';

import { Notice } from '../../components/Notice.js';
import { PageHeader } from '../../components/PageHeader.js';
import { Empty, ErrorState, Loading } from '../../components/States.js';
import { fieldErrorsFromProblem, type FieldErrors } from '../../lib/fieldErrors.js';
import { useTRPC } from '../../trpc.js';
import { canManage, useViewer } from '../auth/useViewer.js';
import type { GameDetail } from '../game/GamePage.js';
import { useInvalidateGames } from '../game/useGameMutations.js';
import { GameForm } from './GameForm.js';
import { changedFields, GAME_FORM_FIELDS, gameFormOf } from './gameFormState.js';
import { formStrings as s } from './strings.js';

/** The loaded game as the form's input shape. */
function fieldsOf(game: GameDetail): GameCreateInput {
  return {
    name: game.name,
    type: game.type,
    length: game.length,
    systemId: game.system.id,
    vttId: game.vtt?.id ?? null,
    description: game.description,
    restriction: game.restriction,
    restrictionTags: game.restrictionTags,
    partySize: game.partySize,
    partySelection: game.partySelection,
    xp: game.xp,
    date: game.date,
    sessionLength: game.sessionLength,
    frequency: game.frequency,
    characters: game.characters,
    classification: game.classification,
    ambience: game.ambience,
    complement: game.complement,
    img: game.img,
    specialEventId: game.specialEvent?.id ?? null,
  };
}

function EditForm({ game }: { game: GameDetail }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const invalidate = useInvalidateGames();
  const before = useMemo(() => fieldsOf(game), [game]);
  const [initial] = useState(() => gameFormOf(before));
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [unchanged, setUnchanged] = useState(false);
  const update = useMutation(
    trpc.games.update.mutationOptions({
      onSuccess: async (saved) => {
        await invalidate();
        void navigate(`/games/${saved.slug}`);
      },
      onError: (error) => setServerErrors(fieldErrorsFromProblem(error, GAME_FORM_FIELDS)),
    }),
  );

  return (
    <>
      {unchanged && <Notice tone="info">{s.noChanges}</Notice>}
      <GameForm
        initial={initial}
        serverErrors={serverErrors}
        submitting={update.isPending}
        submitLabel={s.save}
        lockIdentity={game.status !== 'draft'}
        onSubmit={(data) => {
          const changes = changedFields(before, data);
          setServerErrors({});
          setUnchanged(Object.keys(changes).length === 0);
          if (Object.keys(changes).length > 0) update.mutate({ id: game.id, ...changes });
        }}
        onCancel={() => void navigate(`/games/${game.slug}`)}
      />
    </>
  );
}

/** The GM (or an admin) edits a game with the same form it was announced with. */
export function EditGamePage() {
  const { slug = '' } = useParams();
  const trpc = useTRPC();
  const viewer = useViewer();
  const game = useQuery(trpc.games.bySlug.queryOptions({ slug }));

  if (game.isPending) return <Loading label={s.loading} />;
  if (game.isError) return <ErrorState error={game.error} onRetry={() => void game.refetch()} />;
  if (!canManage(viewer, game.data.gm.id)) return <Empty title={s.notYours} />;
  if (game.data.status === 'archived') return <Empty title={s.archived} />;

  return (
    <>
      <PageHeader title={s.editTitle(game.data.name)} />
      <EditForm game={game.data} />
    </>
  );
}
