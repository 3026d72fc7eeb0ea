import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { QueryView } from '../../components/States.js';
import { fieldErrorsFromIssues } from '../../lib/fieldErrors.js';
import { useTRPC } from '../../trpc.js';
import { NamedIconAdmin, type NamedIcon } from './NamedIconAdmin.js';
import { adminStrings as s } from './strings.js';
import { useAdminFeedback } from './useAdminFeedback.js';
import { orNull, referenceCreateInput } from './validation.js';

type ReferenceKind = 'systems' | 'vtts';

/** The test-id prefix of each list (`system-…`, `vtt-…`). */
const ID_PREFIX: Record<ReferenceKind, string> = { systems: 'system', vtts: 'vtt' };

/** Systems or VTTs: the same list of a name and an icon. */
export function ReferenceAdminPage({ kind }: { kind: ReferenceKind }) {
  return <ReferenceAdmin key={kind} kind={kind} />;
}

function validate(
  value: { name: string; icon: string | null },
  invalid: (errors: Record<string, string>) => void,
) {
  const parsed = referenceCreateInput.safeParse({
    name: value.name,
    icon: orNull(value.icon ?? ''),
  });
  if (!parsed.success) invalid(fieldErrorsFromIssues(parsed.error.issues));
  return parsed.success ? parsed.data : null;
}

function ReferenceAdmin({ kind }: { kind: ReferenceKind }) {
  const trpc = useTRPC();
  const router = trpc[kind];
  const queryClient = useQueryClient();
  const feedback = useAdminFeedback(['name', 'icon']);
  const list = useQuery(router.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: router.pathKey() });
  const create = useMutation(router.create.mutationOptions({ onError: feedback.failure }));
  const update = useMutation(router.update.mutationOptions({ onError: feedback.failure }));
  const remove = useMutation(router.delete.mutationOptions({ onError: feedback.failure }));

  return (
    <QueryView query={list}>
      {(items) => (
        <NamedIconAdmin
          idPrefix={ID_PREFIX[kind]}
          title={s[kind].title}
          addLabel={s[kind].add}
          emptyLabel={s[kind].empty}
          items={items}
          errors={feedback.errors}
          notice={feedback.notice}
          onDismiss={feedback.dismiss}
          busy={create.isPending || update.isPending || remove.isPending}
          onCreate={(value, done) => {
            const input = validate(value, feedback.invalid);
            if (input)
              create.mutate(input, {
                onSuccess: () => {
                  done();
                  feedback.success(s.added(input.name));
                  void refresh();
                },
              });
          }}
          onUpdate={(value: NamedIcon, done) => {
            const input = validate(value, feedback.invalid);
            if (input)
              update.mutate(
                { id: value.id, ...input },
                {
                  onSuccess: () => {
                    done();
                    feedback.success(s.saved);
                    void refresh();
                  },
                },
              );
          }}
          onDelete={(item) =>
            remove.mutate(
              { id: item.id },
              {
                onSuccess: () => {
                  feedback.success(s.deleted(item.name));
                  void refresh();
                },
              },
            )
          }
        />
      )}
    </QueryView>
  );
}
