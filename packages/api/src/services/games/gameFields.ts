import type { EntityManager } from '@mikro-orm/postgresql';

import { SpecialEvent, System, Vtt, type Game } from '@questboard/db';

import { InvalidInput } from '../../errors/index.js';
import type { GameCreateInput, GameUpdateInput } from '../../schemas/index.js';

type Referenced = typeof System | typeof Vtt | typeof SpecialEvent;

async function existing<T extends Referenced>(
  em: EntityManager,
  entity: T,
  id: number,
  field: string,
): Promise<InstanceType<T>> {
  const found = await em.findOne(entity as typeof System, id);
  if (!found) {
    throw new InvalidInput(field, `${field}: no such ${entity.name}`, 'unknown_reference');
  }
  return found as InstanceType<T>;
}

/** Copies the form's fields onto a game, resolving ids to entities (unknown ids name the field). */
export async function applyGameFields(
  em: EntityManager,
  game: Game,
  fields: Partial<GameCreateInput> | Omit<GameUpdateInput, 'id'>,
): Promise<void> {
  const { systemId, vttId, specialEventId, ...scalars } = fields;

  if (systemId !== undefined) {
    game.system = await existing(em, System, systemId, 'systemId');
  }
  if (vttId !== undefined) {
    game.vtt = vttId === null ? null : await existing(em, Vtt, vttId, 'vttId');
  }
  if (specialEventId !== undefined) {
    game.specialEvent =
      specialEventId === null
        ? null
        : await existing(em, SpecialEvent, specialEventId, 'specialEventId');
  }

  for (const [key, value] of Object.entries(scalars)) {
    if (value !== undefined) {
      Object.assign(game, { [key]: value });
    }
  }
}

/** A game's fields as the create form takes them, to start a new draft from. */
export function gameFieldsOf(game: Game): GameCreateInput {
  return {
    name: game.name,
    type: game.type,
    length: game.length,
    systemId: game.system.id,
    vttId: game.vtt?.id ?? null,
    description: game.description,
    restriction: game.restriction,
    restrictionTags: [...game.restrictionTags],
    partySize: game.partySize,
    partySelection: game.partySelection,
    xp: game.xp,
    date: game.date,
    sessionLength: game.sessionLength,
    frequency: game.frequency,
    characters: game.characters,
    classification: { ...game.classification },
    ambience: [...game.ambience],
    complement: game.complement,
    img: game.img,
    specialEventId: game.specialEvent?.id ?? null,
  };
}
