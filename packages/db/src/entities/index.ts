import { ChannelSchema } from './Channel.js';
import { GameSchema } from './Game.js';
import { GameEventSchema } from './GameEvent.js';
import { GameSessionSchema } from './GameSession.js';
import { OutboxActionSchema } from './OutboxAction.js';
import { RegistrationSchema } from './Registration.js';
import { SpecialEventSchema } from './SpecialEvent.js';
import { SystemSchema } from './System.js';
import { TrophySchema } from './Trophy.js';
import { UserSchema } from './User.js';
import { UserTrophySchema } from './UserTrophy.js';
import { VttSchema } from './Vtt.js';

export * from './enums.js';
export { Channel } from './Channel.js';
export { Game } from './Game.js';
export { GameEvent } from './GameEvent.js';
export { GameSession } from './GameSession.js';
export { OutboxAction } from './OutboxAction.js';
export { Registration } from './Registration.js';
export { SpecialEvent } from './SpecialEvent.js';
export { System } from './System.js';
export { Trophy } from './Trophy.js';
export { User } from './User.js';
export { UserTrophy } from './UserTrophy.js';
export { Vtt } from './Vtt.js';

/** Every entity schema, for the ORM's `entities` option. */
export const entities = [
  UserSchema,
  SystemSchema,
  VttSchema,
  ChannelSchema,
  SpecialEventSchema,
  GameSchema,
  RegistrationSchema,
  GameSessionSchema,
  GameEventSchema,
  TrophySchema,
  UserTrophySchema,
  OutboxActionSchema,
];
