import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { QueryView } from '../../components/States.js';
import { fieldErrorsFromIssues } from '../../lib/fieldErrors.js';
import { useTRPC } from '../../trpc.js';
import { NamedIconAdmin, type NamedIcon } from './NamedIconAdmin.js';
import { adminStrings as s } from './strings.js';
import { useAdminFeedback } from './useAdminFeedback.js';
import { orNull, referenceCreateInput } from './validation.js';

/** Systems or VTTs: the same list of a name and an icon. */
export function ReferenceAdminPage({ kind }: { kind: 'systems' | 'vtts' }) {
  return kind === 'systems' ? <SystemsAdmin key="systems" /> : <VttsAdmin key="vtts" />;
}

function useNamedIconPage() {
  const queryClient = useQueryClient();
  const feedback = useAdminFeedback(['name', 'icon']);
  return { queryClient, feedback };
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

function SystemsAdmin() {
  const trpc = useTRPC();
  const { queryClient, feedback } = useNamedIconPage();
  const list = useQuery(trpc.systems.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.systems.pathKey() });
  const create = useMutation(trpc.systems.create.mutationOptions({ onError: feedback.failure }));
  const update = useMutation(trpc.systems.update.mutationOptions({ onError: feedback.failure }));
  const remove = useMutation(trpc.systems.delete.mutationOptions({ onError: feedback.failure }));

  return (
    <QueryView query={list}>
      {(items) => (
        <NamedIconAdmin
          idPrefix="system"
          title={s.systems.title}
          addLabel={s.systems.add}
          emptyLabel={s.systems.empty}
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

function VttsAdmin() {
  const trpc = useTRPC();
  const { queryClient, feedback } = useNamedIconPage();
  const list = useQuery(trpc.vtts.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.vtts.pathKey() });
  const create = useMutation(trpc.vtts.create.mutationOptions({ onError: feedback.failure }));
  const update = useMutation(trpc.vtts.update.mutationOptions({ onError: feedback.failure }));
  const remove = useMutation(trpc.vtts.delete.mutationOptions({ onError: feedback.failure }));

  return (
    <QueryView query={list}>
      {(items) => (
        <NamedIconAdmin
          idPrefix="vtt"
          title={s.vtts.title}
          addLabel={s.vtts.add}
          emptyLabel={s.vtts.empty}
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
