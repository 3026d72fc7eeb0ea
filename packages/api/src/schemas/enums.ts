/**
 * The club's closed vocabularies, from the data layer's dependency-free vocabulary module,
 * so the browser bundle gets the lists without any server code.
 */
import { SNOWFLAKE_PATTERN } from '@questboard/db/vocabulary';

export {
  AMBIENCES,
  CHARACTER_MODES,
  FREQUENCIES,
  GAME_EVENT_ACTIONS,
  GAME_STATUSES,
  GAME_TYPES,
  RESTRICTIONS,
  XP_LEVELS,
  type Ambience,
  type CharacterMode,
  type Classification,
  type Frequency,
  type GameEventAction,
  type GameStatus,
  type GameType,
  type Restriction,
  type XpLevel,
} from '@questboard/db/vocabulary';

/** A Discord snowflake: a decimal string of 17 to 21 digits. */
export const SNOWFLAKE_REGEX = new RegExp(SNOWFLAKE_PATTERN);
