import { EntitySchema, PrimaryKeyProp, type Opt } from '@mikro-orm/core';

import { Game } from './Game.js';
import { User } from './User.js';

/** A player's seat at a game's table (or candidacy, for party-selection games). */
export class Registration {
  declare [PrimaryKeyProp]?: ['game', 'user'];

  game!: Game;
  user!: User;
  /** When the player signed up, so a waitlist can be ordered. */
  registeredAt: Opt<Date> = new Date();
}

export const RegistrationSchema = new EntitySchema<Registration>({
  class: Registration,
  tableName: 'registration',
  indexes: [{ name: 'registration_user_idx', properties: ['user'] }],
  properties: {
    game: { kind: 'm:1', entity: () => Game, primary: true, deleteRule: 'cascade' },
    user: { kind: 'm:1', entity: () => User, primary: true, deleteRule: 'cascade' },
    registeredAt: { type: 'Date', defaultRaw: 'now()' },
  },
});
