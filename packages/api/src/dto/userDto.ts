import type { User } from '@questboard/db';

import type { UserProfile } from '../services/club/UserService.js';
import { toTrophyCaseEntry, type TrophyCaseEntryDto } from './trophyDto.js';

/** A member as they see themself and as admins list them. */
export interface MemberDto {
  id: string;
  name: string;
  username: string | null;
  isGm: boolean;
  isAdmin: boolean;
  /** Set when the member left the club. */
  notPlayerAsOf: Date | null;
  createdAt: Date;
}

/** A member in a picker. */
export interface MemberRefDto {
  id: string;
  name: string;
  username: string | null;
}

/** A member's public page: their card and trophy case. Nothing a member would keep private. */
export interface ProfileDto extends MemberDto {
  trophies: {
    /** Sum of quantities. */
    total: number;
    /** Different trophies held. */
    distinct: number;
    items: TrophyCaseEntryDto[];
  };
}

export function toMember(user: User): MemberDto {
  return {
    id: user.id,
    name: user.name,
    username: user.username,
    isGm: user.isGm,
    isAdmin: user.isAdmin,
    notPlayerAsOf: user.notPlayerAsOf,
    createdAt: user.createdAt,
  };
}

export function toMemberRef(user: User): MemberRefDto {
  return { id: user.id, name: user.name, username: user.username };
}

export function toProfile({ user, trophies }: UserProfile): ProfileDto {
  const items = trophies.map(toTrophyCaseEntry);
  return {
    ...toMember(user),
    trophies: {
      total: items.reduce((sum, entry) => sum + entry.quantity, 0),
      distinct: items.length,
      items,
    },
  };
}
