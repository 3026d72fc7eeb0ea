import { EntitySchema, PrimaryKeyProp, type Opt } from '@mikro-orm/core';

import { Trophy } from './Trophy.js';
import { User } from './User.js';

/** How many times a member earned a trophy. */
export class UserTrophy {
  declare [PrimaryKeyProp]?: ['user', 'trophy'];

  user!: User;
  trophy!: Trophy;
  quantity: Opt<number> = 1;
}

export const UserTrophySchema = new EntitySchema<UserTrophy>({
  class: UserTrophy,
  tableName: 'user_trophy',
  checks: [{ name: 'user_trophy_quantity_check', expression: 'quantity >= 1' }],
  indexes: [{ name: 'user_trophy_trophy_quantity_idx', properties: ['trophy', 'quantity'] }],
  properties: {
    user: { kind: 'm:1', entity: () => User, primary: true, deleteRule: 'cascade' },
    trophy: { kind: 'm:1', entity: () => Trophy, primary: true, deleteRule: 'cascade' },
    quantity: { type: 'integer', default: 1 },
  },
});
