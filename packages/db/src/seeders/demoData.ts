import type {
  Ambience,
  CharacterMode,
  Frequency,
  GameStatus,
  GameType,
  Restriction,
  XpLevel,
} from '../entities/enums.js';

export interface DemoUser {
  id: string;
  name: string;
  username: string;
  isGm?: boolean;
  isAdmin?: boolean;
  /** Days ago the member left the club. */
  leftDaysAgo?: number;
}

/** A demo snowflake: 18 digits, readable, never a real Discord id. */
const demoId = (n: number) => `9000000000000${String(n).padStart(5, '0')}`;

/** The three accounts the demo sign-in offers first. */
export const DEMO_ACCOUNTS = {
  player: { id: demoId(1), name: 'Piper the Player', username: 'piper' },
  gm: { id: demoId(2), name: 'Gideon the GM', username: 'gideon' },
  admin: { id: demoId(3), name: 'Ada the Admin', username: 'ada' },
} as const;

const players = [
  'Aria',
  'Bastien',
  'Chloé',
  'Dario',
  'Elif',
  'Finn',
  'Greta',
  'Hugo',
  'Inès',
  'Jonas',
  'Kaito',
  'Lena',
  'Malik',
  'Nora',
  'Oskar',
  'Priya',
  'Quentin',
  'Rosa',
  'Sami',
  'Tove',
  'Ugo',
  'Vera',
  'Wren',
  'Yusuf',
];

export const DEMO_USERS: readonly DemoUser[] = [
  { ...DEMO_ACCOUNTS.player },
  { ...DEMO_ACCOUNTS.gm, isGm: true },
  { ...DEMO_ACCOUNTS.admin, isGm: true, isAdmin: true },
  { id: demoId(4), name: 'Morgan', username: 'morgan', isGm: true },
  { id: demoId(5), name: 'Selene', username: 'selene', isGm: true },
  { id: demoId(6), name: 'Theo', username: 'theo', isGm: true },
  ...players.map((name, index) => ({
    id: demoId(10 + index),
    name,
    username: name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z]/g, ''),
  })),
  { id: demoId(40), name: 'Zeno', username: 'zeno', leftDaysAgo: 60 },
];

export const DEMO_EVENT = {
  name: 'Winter Solstice Week',
  emoji: '❄️',
  color: 0x5dade2,
  active: true,
};

export const DEMO_PAST_EVENT = {
  name: 'Halloween Horror Nights',
  emoji: '🎃',
  color: 0xe67e22,
  active: false,
};

export interface DemoGame {
  name: string;
  gm: string;
  system: string;
  vtt: string | null;
  type: GameType;
  status: GameStatus;
  /** Days from the seeding day to the first session (negative: in the past). */
  firstDay: number;
  sessions: number;
  /** Days between sessions. */
  every?: number;
  partySize: number;
  /** Usernames at the table. */
  players: string[];
  description: string;
  restriction?: Restriction;
  xp?: XpLevel;
  frequency?: Frequency;
  characters?: CharacterMode;
  ambience?: Ambience[];
  horror?: number;
  length?: string;
  event?: 'current' | 'past';
  partySelection?: boolean;
}

export const DEMO_GAMES: readonly DemoGame[] = [
  {
    name: 'The Lost Mine',
    gm: 'gideon',
    system: 'Dungeons & Dragons 5e',
    vtt: 'Foundry VTT',
    type: 'oneshot',
    status: 'open',
    firstDay: 3,
    sessions: 1,
    partySize: 5,
    players: ['piper', 'aria', 'finn'],
    description: 'Goblins, a lost mine and a dwarf who owes everyone money. Perfect first game.',
    xp: 'beginners',
    characters: 'pregen',
    ambience: ['chill', 'comic'],
    length: '1 session',
  },
  {
    name: 'Masks of Nyarlathotep',
    gm: 'selene',
    system: 'Call of Cthulhu 7e',
    vtt: 'Foundry VTT',
    type: 'campaign',
    status: 'open',
    firstDay: 5,
    sessions: 6,
    every: 7,
    partySize: 4,
    players: ['hugo', 'ines', 'nora'],
    description: 'A globe-trotting investigation across five continents. Sanity not included.',
    restriction: '18+',
    xp: 'seasoned',
    frequency: 'weekly',
    characters: 'self',
    ambience: ['serious'],
    horror: 2,
    length: 'about 20 sessions',
  },
  {
    name: 'Frostfall Heist',
    gm: 'morgan',
    system: 'Blades in the Dark',
    vtt: 'Owlbear Rodeo',
    type: 'oneshot',
    status: 'open',
    firstDay: 8,
    sessions: 1,
    partySize: 4,
    players: ['bastien'],
    description:
      'A solstice-night score on the Duke’s ice palace. Bring a crew, leave with a legend.',
    ambience: ['epic', 'comic'],
    event: 'current',
    length: '1 session',
  },
  {
    name: 'Night City Blues',
    gm: 'theo',
    system: 'Cyberpunk RED',
    vtt: 'Roll20',
    type: 'campaign',
    status: 'open',
    firstDay: 12,
    sessions: 4,
    every: 14,
    partySize: 5,
    players: ['kaito', 'malik'],
    description: 'Edgerunners take jobs nobody else will. Chrome, debts and a fixer with secrets.',
    restriction: '16+',
    frequency: 'bi-weekly',
    characters: 'choice',
    ambience: ['serious', 'epic'],
    partySelection: true,
    length: '8 sessions',
  },
  {
    name: 'Solstice Shanties',
    gm: 'ada',
    system: 'Savage Worlds',
    vtt: 'Alchemy RPG',
    type: 'oneshot',
    status: 'open',
    firstDay: 1,
    sessions: 1,
    partySize: 6,
    players: ['piper', 'rosa', 'sami'],
    description: 'Pirates frozen in a fjord sing their way out of an ice giant’s grudge.',
    ambience: ['comic', 'chill'],
    event: 'current',
    length: '1 session',
  },
  {
    name: 'Tomb of the Serpent Kings',
    gm: 'gideon',
    system: 'Mörk Borg',
    vtt: 'Owlbear Rodeo',
    type: 'oneshot',
    status: 'closed',
    firstDay: 2,
    sessions: 1,
    partySize: 3,
    players: ['piper', 'greta', 'jonas'],
    description: 'A classic dungeon crawl where everything wants to eat you. The table is full.',
    restriction: '16+',
    ambience: ['epic'],
    horror: 1,
    length: '1 session',
  },
  {
    name: 'The Enemy Within',
    gm: 'morgan',
    system: 'Warhammer Fantasy Roleplay 4e',
    vtt: 'Foundry VTT',
    type: 'campaign',
    status: 'closed',
    firstDay: -20,
    sessions: 8,
    every: 7,
    partySize: 4,
    players: ['lena', 'oskar', 'priya', 'quentin'],
    description: 'Cults, coaches and catastrophes in the Empire. Halfway through, table full.',
    frequency: 'weekly',
    characters: 'self',
    ambience: ['serious', 'comic'],
    length: '16 sessions',
  },
  {
    name: 'Carrion Crown',
    gm: 'selene',
    system: 'Pathfinder 2e',
    vtt: 'Foundry VTT',
    type: 'campaign',
    status: 'archived',
    firstDay: -120,
    sessions: 10,
    every: 7,
    partySize: 4,
    players: ['piper', 'tove', 'ugo', 'vera'],
    description: 'A gothic horror adventure path, finished last season.',
    frequency: 'weekly',
    ambience: ['serious'],
    horror: 2,
    length: '10 sessions',
  },
  {
    name: 'Haunted Lighthouse',
    gm: 'theo',
    system: 'Monster of the Week',
    vtt: 'Roll20',
    type: 'oneshot',
    status: 'archived',
    firstDay: -40,
    sessions: 1,
    partySize: 4,
    players: ['piper', 'wren', 'yusuf', 'aria'],
    description: 'Hunters spend one stormy night in a lighthouse that should not be lit.',
    ambience: ['serious'],
    horror: 2,
    event: 'past',
    length: '1 session',
  },
  {
    name: 'Dead Planet',
    gm: 'ada',
    system: 'Mothership',
    vtt: 'Foundry VTT',
    type: 'oneshot',
    status: 'archived',
    firstDay: -35,
    sessions: 1,
    partySize: 4,
    players: ['finn', 'greta', 'hugo', 'zeno'],
    description: 'A derelict, a distress call and not enough oxygen.',
    restriction: '18+',
    horror: 2,
    event: 'past',
    length: '1 session',
  },
  {
    name: 'Moria Expedition',
    gm: 'gideon',
    system: 'The One Ring 2e',
    vtt: 'Foundry VTT',
    type: 'campaign',
    status: 'archived',
    firstDay: -90,
    sessions: 5,
    every: 14,
    partySize: 4,
    players: ['piper', 'bastien', 'chloe', 'dario'],
    description: 'A company of dwarves and hobbits walks back into the dark.',
    frequency: 'bi-weekly',
    ambience: ['epic', 'serious'],
    length: '5 sessions',
  },
  {
    name: 'Mech Academy',
    gm: 'gideon',
    system: 'Lancer',
    vtt: 'Foundry VTT',
    type: 'campaign',
    status: 'draft',
    firstDay: 30,
    sessions: 3,
    every: 7,
    partySize: 4,
    players: [],
    description: 'Cadets, mechs and a rival academy. Still writing the first mission.',
    frequency: 'weekly',
    characters: 'choice',
    ambience: ['epic'],
  },
  {
    name: 'Green Box Files',
    gm: 'selene',
    system: 'Delta Green',
    vtt: null,
    type: 'oneshot',
    status: 'draft',
    firstDay: 21,
    sessions: 1,
    partySize: 4,
    players: [],
    description: 'An agent’s cache of evidence is found in a storage unit. Draft.',
    restriction: '18+',
    horror: 2,
    ambience: ['serious'],
  },
  {
    name: 'Kessel Run',
    gm: 'theo',
    system: 'Star Wars: Edge of the Empire',
    vtt: 'Tabletop Simulator',
    type: 'oneshot',
    status: 'open',
    firstDay: 16,
    sessions: 1,
    partySize: 5,
    players: ['elif', 'sami', 'vera', 'wren'],
    description: 'Smugglers, a borrowed ship and a very short route. What could go wrong?',
    ambience: ['comic', 'epic'],
    length: '1 session',
  },
];
