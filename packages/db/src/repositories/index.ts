export { BaseRepository, type Page, type PageRequest } from './BaseRepository.js';
export { ChannelRepository } from './ChannelRepository.js';
export { GameEventRepository } from './GameEventRepository.js';
export {
  GameRepository,
  type GameSearchFilters,
  type GameViewer,
} from './GameRepository.js';
export { GameSessionRepository } from './GameSessionRepository.js';
export { containsPattern } from './likePattern.js';
export { NotFoundError } from './NotFoundError.js';
export { SpecialEventRepository } from './SpecialEventRepository.js';
export { SystemRepository } from './SystemRepository.js';
export { TrophyRepository, type LeaderboardRow } from './TrophyRepository.js';
export { UserRepository } from './UserRepository.js';
export { VttRepository } from './VttRepository.js';
