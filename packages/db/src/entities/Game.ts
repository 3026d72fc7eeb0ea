import {
  Collection,
  DecimalType,
  EntitySchema,
  type EntityRepositoryType,
  type Opt,
} from '@mikro-orm/core';

import { GameRepository } from '../repositories/GameRepository.js';
import { Channel } from './Channel.js';
import {
  AMBIENCES,
  CHARACTER_MODES,
  FREQUENCIES,
  GAME_STATUSES,
  GAME_TYPES,
  RESTRICTIONS,
  SNOWFLAKE_PATTERN,
  sqlList,
  XP_LEVELS,
  type Ambience,
  type CharacterMode,
  type Classification,
  type Frequency,
  type GameStatus,
  type GameType,
  type Restriction,
  type XpLevel,
} from './enums.js';
import { GameEvent } from './GameEvent.js';
import { GameSession } from './GameSession.js';
import { Registration } from './Registration.js';
import { SpecialEvent } from './SpecialEvent.js';
import { System } from './System.js';
import { User } from './User.js';
import { Vtt } from './Vtt.js';

/** A one-shot or a campaign announced by a GM. */
export class Game {
  declare [EntityRepositoryType]?: GameRepository;

  id!: number;
  slug!: string;
  name!: string;
  type!: GameType;
  /** Free text such as "3 sessions". */
  length: string | null = null;
  gm!: User;
  system!: System;
  vtt: Vtt | null = null;
  description: Opt<string> = '';
  restriction: Opt<Restriction> = 'all';
  restrictionTags: Opt<string[]> = [];
  partySize: Opt<number> = 4;
  /** The GM picks the party among the candidates instead of first come, first served. */
  partySelection: Opt<boolean> = false;
  xp: Opt<XpLevel> = 'all';
  /** Start of the first session. */
  date!: Date;
  /** Hours, one decimal. */
  sessionLength: Opt<number> = 3;
  frequency: Frequency | null = null;
  characters: Opt<CharacterMode> = 'with_gm';
  classification: Opt<Classification> = { action: 1, investigation: 1, interaction: 1, horror: 0 };
  ambience: Opt<Ambience[]> = [];
  complement: string | null = null;
  img: string | null = null;
  /** Discord id of the game's text channel. */
  channel: string | null = null;
  /** Discord id of the announcement message. */
  msgId: string | null = null;
  /** Discord id of the game's player role. */
  role: string | null = null;
  /** The Discord category the channel was created in. */
  category: Channel | null = null;
  status: Opt<GameStatus> = 'draft';
  specialEvent: SpecialEvent | null = null;
  createdAt: Opt<Date> = new Date();
  updatedAt: Opt<Date> = new Date();
  players = new Collection<User>(this);
  registrations = new Collection<Registration>(this);
  sessions = new Collection<GameSession>(this);
  events = new Collection<GameEvent>(this);
}

const classificationCheck = ['action', 'investigation', 'interaction', 'horror']
  .map((axis) => `(classification->>'${axis}')::int between 0 and 2`)
  .join(' and ');

const snowflakeOrNull = (column: string) =>
  `${column} is null or ${column} ~ '${SNOWFLAKE_PATTERN}'`;

export const GameSchema = new EntitySchema<Game>({
  class: Game,
  tableName: 'game',
  repository: () => GameRepository,
  checks: [
    { name: 'game_type_check', expression: `type in (${sqlList(GAME_TYPES)})` },
    { name: 'game_status_check', expression: `status in (${sqlList(GAME_STATUSES)})` },
    { name: 'game_restriction_check', expression: `restriction in (${sqlList(RESTRICTIONS)})` },
    { name: 'game_xp_check', expression: `xp in (${sqlList(XP_LEVELS)})` },
    {
      name: 'game_frequency_check',
      expression: `frequency is null or frequency in (${sqlList(FREQUENCIES)})`,
    },
    { name: 'game_characters_check', expression: `characters in (${sqlList(CHARACTER_MODES)})` },
    { name: 'game_ambience_check', expression: `ambience <@ array[${sqlList(AMBIENCES)}]::text[]` },
    { name: 'game_party_size_check', expression: 'party_size >= 1' },
    { name: 'game_session_length_check', expression: 'session_length > 0' },
    { name: 'game_slug_check', expression: `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'` },
    { name: 'game_classification_check', expression: classificationCheck },
    { name: 'game_channel_snowflake', expression: snowflakeOrNull('channel') },
    { name: 'game_msg_id_snowflake', expression: snowflakeOrNull('msg_id') },
    { name: 'game_role_snowflake', expression: snowflakeOrNull('role') },
  ],
  indexes: [
    { name: 'game_status_date_idx', properties: ['status', 'date'] },
    { name: 'game_date_idx', properties: ['date'] },
    {
      // The board's totals (status, type and restriction filters, name search) counted from
      // the index alone, without visiting the wide game rows (see bench/REPORT.md).
      name: 'game_board_idx',
      expression:
        'create index "game_board_idx" on "game" ("status", "type", "restriction") include ("name")',
    },
  ],
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    slug: { type: 'string', length: 90, unique: 'game_slug_unique' },
    name: { type: 'string', length: 200 },
    type: { type: 'string', length: 16 },
    length: { type: 'string', length: 100, nullable: true },
    gm: { kind: 'm:1', entity: () => User, deleteRule: 'restrict', index: 'game_gm_idx' },
    system: {
      kind: 'm:1',
      entity: () => System,
      deleteRule: 'restrict',
      index: 'game_system_idx',
    },
    vtt: {
      kind: 'm:1',
      entity: () => Vtt,
      nullable: true,
      deleteRule: 'set null',
      index: 'game_vtt_idx',
    },
    description: { type: 'text', default: '' },
    restriction: { type: 'string', length: 8, default: 'all' },
    restrictionTags: { type: 'text[]', defaultRaw: `'{}'` },
    partySize: { type: 'integer', default: 4 },
    partySelection: { type: 'boolean', default: false },
    xp: { type: 'string', length: 16, default: 'all' },
    date: { type: 'Date' },
    sessionLength: {
      type: new DecimalType('number'),
      columnType: 'numeric(3,1)',
      default: 3,
    },
    frequency: { type: 'string', length: 16, nullable: true },
    characters: { type: 'string', length: 16, default: 'with_gm' },
    classification: { type: 'json' },
    ambience: { type: 'text[]', defaultRaw: `'{}'` },
    complement: { type: 'text', nullable: true },
    img: { type: 'string', length: 500, nullable: true },
    channel: { type: 'string', length: 21, nullable: true },
    msgId: { type: 'string', length: 21, nullable: true },
    role: { type: 'string', length: 21, nullable: true },
    category: {
      kind: 'm:1',
      entity: () => Channel,
      nullable: true,
      deleteRule: 'set null',
      index: 'game_category_idx',
    },
    status: { type: 'string', length: 16, default: 'draft' },
    specialEvent: {
      kind: 'm:1',
      entity: () => SpecialEvent,
      nullable: true,
      deleteRule: 'set null',
      index: 'game_special_event_idx',
    },
    createdAt: { type: 'Date', defaultRaw: 'now()' },
    updatedAt: { type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() },
    players: {
      kind: 'm:n',
      entity: () => User,
      pivotEntity: () => Registration,
      owner: true,
    },
    registrations: { kind: '1:m', entity: () => Registration, mappedBy: 'game' },
    sessions: {
      kind: '1:m',
      entity: () => GameSession,
      mappedBy: 'game',
      orderBy: { start: 'asc' },
    },
    events: { kind: '1:m', entity: () => GameEvent, mappedBy: 'game' },
  },
});
