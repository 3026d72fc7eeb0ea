import type { GameType } from '../entities/enums.js';

/** Rule systems the club plays, as the board lists them. */
export const REFERENCE_SYSTEMS: readonly { name: string; icon: string }[] = [
  { name: 'Dungeons & Dragons 5e', icon: '🐉' },
  { name: 'Pathfinder 2e', icon: '🗡️' },
  { name: 'Call of Cthulhu 7e', icon: '🐙' },
  { name: 'Vampire: The Masquerade V5', icon: '🧛' },
  { name: 'Blades in the Dark', icon: '🔪' },
  { name: 'Shadowrun 6e', icon: '🕶️' },
  { name: 'Warhammer Fantasy Roleplay 4e', icon: '⚔️' },
  { name: 'Cyberpunk RED', icon: '🤖' },
  { name: 'Delta Green', icon: '🛸' },
  { name: 'Alien RPG', icon: '👽' },
  { name: 'Mörk Borg', icon: '💀' },
  { name: 'Savage Worlds', icon: '🎲' },
  { name: 'Fate Core', icon: '🌀' },
  { name: 'The One Ring 2e', icon: '💍' },
  { name: 'Lancer', icon: '🤺' },
  { name: 'Monster of the Week', icon: '👻' },
  { name: 'Mothership', icon: '🚀' },
  { name: 'Star Wars: Edge of the Empire', icon: '🌌' },
];

/** Virtual tabletops games run on. */
export const REFERENCE_VTTS: readonly { name: string; icon: string }[] = [
  { name: 'Foundry VTT', icon: '🏗️' },
  { name: 'Roll20', icon: '🎲' },
  { name: 'Owlbear Rodeo', icon: '🦉' },
  { name: 'Fantasy Grounds', icon: '🗺️' },
  { name: 'Alchemy RPG', icon: '⚗️' },
  { name: 'Tabletop Simulator', icon: '🧩' },
  { name: 'TaleSpire', icon: '🏰' },
];

/** The trophy each seat at an archived game earns, by game type. Names are fixed: services look them up. */
export const GAME_TYPE_TROPHIES: Readonly<Record<GameType, { player: string; gm: string }>> = {
  oneshot: { player: 'One-shot player', gm: 'One-shot GM' },
  campaign: { player: 'Campaign player', gm: 'Campaign GM' },
};

/** Every trophy the club awards: the four game-type ones and a few given by hand. */
export const REFERENCE_TROPHIES: readonly { name: string; unique: boolean; icon: string }[] = [
  { name: GAME_TYPE_TROPHIES.oneshot.player, unique: false, icon: '🎟️' },
  { name: GAME_TYPE_TROPHIES.oneshot.gm, unique: false, icon: '🎙️' },
  { name: GAME_TYPE_TROPHIES.campaign.player, unique: false, icon: '📜' },
  { name: GAME_TYPE_TROPHIES.campaign.gm, unique: false, icon: '👑' },
  { name: 'Founding member', unique: true, icon: '🏛️' },
  { name: 'First blood', unique: true, icon: '🩸' },
  { name: 'Event veteran', unique: false, icon: '🎪' },
  { name: 'Helping hand', unique: false, icon: '🤝' },
];

/** The Discord categories game channels are created in: one per game type to start with. */
export const REFERENCE_CATEGORIES: readonly { id: string; type: GameType }[] = [
  { id: '1180000000000000001', type: 'oneshot' },
  { id: '1180000000000000002', type: 'campaign' },
];
