import { Link } from 'react-router-dom';

import { EntityIcon } from '../../components/Icon.js';
import type { Outputs } from '../../lib/api.js';
import { formatDateTime } from '../../lib/dates.js';
import { labelOf, restrictionLabels, statusLabels, typeLabels } from '../../lib/vocab.js';
import { boardStrings as s } from './strings.js';

export type BoardGame = Outputs['games']['search']['items'][number];

/** `#ff8800` from the special event's 0xRRGGBB number. */
export function eventColor(color: number): string {
  return `#${color.toString(16).padStart(6, '0')}`;
}

/** One game on the board: what a player needs to decide whether to open it. */
export function GameCard({ game }: { game: BoardGame }) {
  const full = game.seatsTaken >= game.partySize;

  return (
    <article className={`game-card game-card-${game.type}`} aria-labelledby={`game-${game.id}`}>
      <div className="game-card-top">
        <span className="badge">{labelOf(typeLabels, game.type)}</span>
        {game.status !== 'open' && (
          <span className={`badge badge-${game.status}`}>{labelOf(statusLabels, game.status)}</span>
        )}
        {game.restriction !== 'all' && (
          <span className="badge badge-restriction">
            {labelOf(restrictionLabels, game.restriction)}
          </span>
        )}
        {game.specialEvent && (
          <span
            className="badge badge-event"
            style={{ color: eventColor(game.specialEvent.color) }}
          >
            {game.specialEvent.emoji} {game.specialEvent.name}
          </span>
        )}
      </div>
      <h2 className="game-card-title" id={`game-${game.id}`}>
        <Link to={`/games/${game.slug}`} className="stretched-link">
          {game.name}
        </Link>
      </h2>
      <p className="game-card-gm">
        {s.by} <strong>{game.gm.name}</strong>
      </p>
      <ul className="game-card-facts">
        <li>
          <EntityIcon icon={game.system.icon} name={game.system.name} /> {game.system.name}
        </li>
        <li>
          {game.vtt ? (
            <>
              <EntityIcon icon={game.vtt.icon} name={game.vtt.name} /> {game.vtt.name}
            </>
          ) : (
            <>🎲 {s.noVtt}</>
          )}
        </li>
        <li>
          <span aria-hidden="true">📅</span>{' '}
          <time dateTime={game.date.toISOString()}>{formatDateTime(game.date)}</time>
        </li>
      </ul>
      <div className="game-card-seats">
        <SeatMeter taken={game.seatsTaken} size={game.partySize} />
        <span
          className={full ? 'seats-full' : ''}
          aria-label={s.seatsLabel(game.seatsTaken, game.partySize)}
        >
          {s.seats(game.seatsTaken, game.partySize)}
          {full && ` · ${s.full}`}
        </span>
      </div>
    </article>
  );
}

/** Seats as pips: filled for each taken seat. */
export function SeatMeter({ taken, size }: { taken: number; size: number }) {
  const shown = Math.min(size, 12);
  return (
    <span className="seat-meter" aria-hidden="true">
      {Array.from({ length: shown }, (_, index) => (
        <span key={index} className={`seat${index < taken ? ' seat-taken' : ''}`} />
      ))}
    </span>
  );
}
