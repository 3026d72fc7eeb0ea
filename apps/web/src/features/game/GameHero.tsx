import { Link } from 'react-router-dom';

import { EntityIcon } from '../../components/Icon.js';
import { formatDateTime } from '../../lib/dates.js';
import { labelOf, restrictionLabels, statusLabels, typeLabels } from '../../lib/vocab.js';
import { eventColor } from '../board/GameCard.js';
import type { GameDetail } from './GamePage.js';
import { gameStrings as s } from './strings.js';

/** The game's banner: name, GM, status and the facts a player checks first. */
export function GameHero({ game }: { game: GameDetail }) {
  const image = game.img
    ? {
        backgroundImage: `linear-gradient(135deg, rgb(140 47 30 / 88%), rgb(43 33 24 / 92%)), url("${game.img}")`,
      }
    : undefined;

  return (
    <header className="game-hero" style={image}>
      <div className="button-row">
        <span className="badge">{labelOf(typeLabels, game.type)}</span>
        <span className={`badge badge-${game.status}`}>{labelOf(statusLabels, game.status)}</span>
        {game.restriction !== 'all' && (
          <span className="badge badge-restriction">
            {labelOf(restrictionLabels, game.restriction)}
          </span>
        )}
        {game.specialEvent && (
          <span className="badge" style={{ borderColor: eventColor(game.specialEvent.color) }}>
            {game.specialEvent.emoji} {game.specialEvent.name}
          </span>
        )}
      </div>
      <h1>{game.name}</h1>
      <p>
        {s.by} <Link to={`/users/${game.gm.id}`}>{game.gm.name}</Link>
      </p>
      <ul className="game-hero-facts">
        <li>
          <EntityIcon icon={game.system.icon} name={game.system.name} /> {game.system.name}
        </li>
        {game.vtt && (
          <li>
            <EntityIcon icon={game.vtt.icon} name={game.vtt.name} /> {game.vtt.name}
          </li>
        )}
        <li>
          <span aria-hidden="true">📅</span>{' '}
          <time dateTime={game.date.toISOString()}>{formatDateTime(game.date)}</time>
        </li>
        <li>
          <span aria-hidden="true">🪑</span> {s.seats(game.seatsTaken, game.partySize)}
        </li>
      </ul>
    </header>
  );
}
