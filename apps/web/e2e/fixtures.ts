// A small club written straight into the test database, before the server starts (so the
// server sees a non-empty database and seeds nothing of its own). Names are what tests look for.
import {
  Channel,
  Game,
  GameSession,
  Registration,
  SpecialEvent,
  System,
  Trophy,
  User,
  Vtt,
  type MikroORM,
} from '@questboard/db';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** 18-digit snowflakes, one per member. */
const id = (n: number) => `10000000000000${String(n).padStart(4, '0')}`;

export const club = {
  admin: { id: id(1), name: 'Ada Admin' },
  gm: { id: id(2), name: 'Gideon GM' },
  gm2: { id: id(3), name: 'Morgan Keeper' },
  players: [
    { id: id(10), name: 'Pia Player' },
    { id: id(11), name: 'Quentin Rogue' },
    { id: id(12), name: 'Rosa Bard' },
    { id: id(13), name: 'Sam Cleric' },
  ],
  games: {
    dragon: 'The Dragon of Icespire Peak',
    cthulhu: 'Masks of the Old Ones',
    heist: 'One Last Heist',
    full: 'The Full Tavern',
    draft: 'Secret Draft of the Keeper',
    lastSeat: 'Last Seat Standing',
  },
};

/** Midnight-free slot `days` from now at 20:00 local time. */
function evening(days: number): Date {
  const date = new Date(Date.now() + days * DAY);
  date.setHours(20, 0, 0, 0);
  return date;
}

export async function seedClub(orm: MikroORM): Promise<void> {
  const em = orm.em.fork();

  const users = [
    em.create(User, { ...club.admin, username: 'ada', isAdmin: true, isGm: true }),
    em.create(User, { ...club.gm, username: 'gideon', isGm: true }),
    em.create(User, { ...club.gm2, username: 'morgan', isGm: true }),
    ...club.players.map((player) =>
      em.create(User, { ...player, username: player.name.split(' ')[0]!.toLowerCase() }),
    ),
  ];
  const [, gm, gm2] = users as [User, User, User, ...User[]];
  const players = users.slice(3);

  const dnd = em.create(System, { name: 'D&D 5e', icon: '🐉' });
  const coc = em.create(System, { name: 'Call of Cthulhu', icon: '🐙' });
  const blades = em.create(System, { name: 'Blades in the Dark', icon: '🗡️' });
  em.create(System, { name: 'Pathfinder 2e', icon: '🛡️' });
  const foundry = em.create(Vtt, { name: 'Foundry VTT', icon: '🧭' });
  const roll20 = em.create(Vtt, { name: 'Roll20', icon: '🎲' });
  const halloween = em.create(SpecialEvent, {
    name: 'Halloween Week',
    emoji: '🎃',
    color: 0xd2691e,
    active: true,
  });
  em.create(Channel, { id: '200000000000000001', type: 'oneshot' });
  em.create(Channel, { id: '200000000000000002', type: 'campaign' });
  for (const [name, icon, unique] of [
    ['One-shot GM', '🎭', false],
    ['One-shot player', '🎲', false],
    ['Campaign GM', '📜', false],
    ['Campaign player', '🗺️', false],
    ['First blood', '🩸', true],
  ] as const) {
    em.create(Trophy, { name, icon, unique });
  }

  const game = (
    fields: Partial<Game> & Pick<Game, 'name' | 'slug' | 'type' | 'gm' | 'system' | 'date'>,
  ) =>
    em.create(Game, {
      status: 'open',
      description: `${fields.name}: an adventure for brave souls.`,
      ...fields,
    });

  const dragon = game({
    name: club.games.dragon,
    slug: 'the-dragon-of-icespire-peak-by-gideon',
    type: 'oneshot',
    gm,
    system: dnd,
    vtt: foundry,
    date: evening(3),
    partySize: 4,
    sessionLength: 4,
    ambience: ['epic'],
  });
  const cthulhu = game({
    name: club.games.cthulhu,
    slug: 'masks-of-the-old-ones-by-morgan',
    type: 'campaign',
    gm: gm2,
    system: coc,
    vtt: roll20,
    date: evening(5),
    partySize: 5,
    restriction: '18+',
    restrictionTags: ['gore', 'madness'],
    frequency: 'weekly',
    specialEvent: halloween,
    length: 'about 10 sessions',
  });
  const heist = game({
    name: club.games.heist,
    slug: 'one-last-heist-by-gideon',
    type: 'oneshot',
    gm,
    system: blades,
    vtt: null,
    date: evening(9),
    partySize: 3,
    restriction: '16+',
  });
  const full = game({
    name: club.games.full,
    slug: 'the-full-tavern-by-morgan',
    type: 'oneshot',
    gm: gm2,
    system: dnd,
    vtt: roll20,
    date: evening(4),
    partySize: 2,
    status: 'closed',
  });
  const lastSeat = game({
    name: club.games.lastSeat,
    slug: 'last-seat-standing-by-gideon',
    type: 'oneshot',
    gm,
    system: dnd,
    vtt: foundry,
    date: evening(6),
    partySize: 1,
  });
  game({
    name: club.games.draft,
    slug: 'secret-draft-of-the-keeper-by-morgan',
    type: 'oneshot',
    gm: gm2,
    system: coc,
    date: evening(20),
    status: 'draft',
  });

  for (const [target, days] of [
    [dragon, 3],
    [cthulhu, 5],
    [cthulhu, 12],
    [heist, 9],
    [full, 4],
    [lastSeat, 6],
  ] as const) {
    const start = evening(days);
    em.create(GameSession, { game: target, start, end: new Date(start.getTime() + 4 * HOUR) });
  }
  // Rosa sits at both tables and their sessions overlap on day 5: her calendar shows a clash.
  const clash = new Date(evening(5).getTime() + HOUR);
  em.create(GameSession, { game: full, start: clash, end: new Date(clash.getTime() + 3 * HOUR) });
  em.create(Registration, { game: cthulhu, user: players[1]! });
  em.create(Registration, { game: cthulhu, user: players[2]! });
  em.create(Registration, { game: full, user: players[2]! });
  em.create(Registration, { game: full, user: players[3]! });

  await em.flush();
}
