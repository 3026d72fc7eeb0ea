/**
 * The club's vocabularies come from the API's browser-safe schemas; the words shown for each
 * value live here, in one place, so a translation can follow.
 */
export {
  AMBIENCES,
  CHARACTER_MODES,
  FREQUENCIES,
  GAME_STATUSES,
  GAME_TYPES,
  RESTRICTIONS,
  XP_LEVELS,
  type Ambience,
  type CharacterMode,
  type Frequency,
  type GameStatus,
  type GameType,
  type Restriction,
  type XpLevel,
} from '@questboard/api/schemas';

/**
 * The words for a vocabulary value. Takes the value as the API types it (possibly branded by
 * the ORM's types), so label maps stay exhaustive over the plain list.
 */
export function labelOf<K extends string>(labels: Readonly<Record<K, string>>, value: K): string {
  return labels[value];
}

export const typeLabels = { oneshot: 'One-shot', campaign: 'Campaign' } as const;

export const statusLabels = {
  draft: 'Draft',
  open: 'Open',
  closed: 'Closed',
  archived: 'Archived',
} as const;

export const restrictionLabels = { all: 'All ages', '16+': '16+', '18+': '18+' } as const;

export const xpLabels = {
  all: 'Everyone',
  beginners: 'Beginners',
  seasoned: 'Seasoned players',
} as const;

export const frequencyLabels = {
  weekly: 'Weekly',
  'bi-weekly': 'Every two weeks',
  monthly: 'Monthly',
  other: 'Other',
} as const;

export const characterLabels = {
  with_gm: 'Made with the GM',
  self: 'Bring your own',
  pregen: 'Pre-generated',
  choice: 'Your choice',
} as const;

export const ambienceLabels = {
  chill: 'Chill',
  serious: 'Serious',
  comic: 'Comic',
  epic: 'Epic',
} as const;

export const classificationLabels = {
  action: 'Action',
  investigation: 'Investigation',
  interaction: 'Interaction',
  horror: 'Horror',
} as const;

export const levelLabels = ['None', 'Some', 'A lot'] as const;

export const eventActionLabels: Record<string, string> = {
  create: 'Created',
  edit: 'Edited',
  delete: 'Deleted',
  'create-session': 'Session added',
  'edit-session': 'Session moved',
  'delete-session': 'Session deleted',
  register: 'Registered',
  unregister: 'Unregistered',
  alert: 'Alert',
};
