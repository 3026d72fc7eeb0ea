import {
  ambienceLabels,
  characterLabels,
  classificationLabels,
  frequencyLabels,
  labelOf,
  levelLabels,
  restrictionLabels,
  xpLabels,
} from '../../lib/vocab.js';
import type { GameDetail } from './GamePage.js';
import { gameStrings as s } from './strings.js';

/** A 0..2 level as three bars, with the word for screen readers. */
function Level({ value }: { value: number }) {
  return (
    <span>
      <span className="meter" aria-hidden="true">
        {[0, 1].map((index) => (
          <span key={index} className={index < value ? 'on' : ''} />
        ))}
      </span>{' '}
      <span className="small muted">{levelLabels[value] ?? value}</span>
    </span>
  );
}

/** The full announcement: description and every field the GM filled in. */
export function GameDetails({ game }: { game: GameDetail }) {
  const axes = Object.keys(classificationLabels) as (keyof typeof classificationLabels)[];

  return (
    <>
      <section className="panel" aria-labelledby="announcement-title">
        <h2 id="announcement-title">{s.announcement}</h2>
        {game.description ? (
          <p className="description">{game.description}</p>
        ) : (
          <p className="muted">{s.noDescription}</p>
        )}
        {game.complement && (
          <>
            <h3>{s.complement}</h3>
            <p className="description">{game.complement}</p>
          </>
        )}
      </section>
      <section className="panel" aria-labelledby="details-title">
        <h2 id="details-title">{s.details}</h2>
        <dl className="facts">
          <dt>{s.system}</dt>
          <dd>{game.system.name}</dd>
          <dt>{s.vtt}</dt>
          <dd>{game.vtt?.name ?? s.noVtt}</dd>
          {game.length && (
            <>
              <dt>{s.length}</dt>
              <dd>{game.length}</dd>
            </>
          )}
          <dt>{s.sessionLength}</dt>
          <dd>{s.hours(game.sessionLength)}</dd>
          {game.frequency && (
            <>
              <dt>{s.frequency}</dt>
              <dd>{labelOf(frequencyLabels, game.frequency)}</dd>
            </>
          )}
          <dt>{s.xp}</dt>
          <dd>{labelOf(xpLabels, game.xp)}</dd>
          <dt>{s.characters}</dt>
          <dd>{labelOf(characterLabels, game.characters)}</dd>
          <dt>{s.selection}</dt>
          <dd>{game.partySelection ? s.selectionGm : s.selectionFirst}</dd>
          <dt>{s.restriction}</dt>
          <dd>{labelOf(restrictionLabels, game.restriction)}</dd>
          {game.restrictionTags.length > 0 && (
            <>
              <dt>{s.tags}</dt>
              <dd>{game.restrictionTags.join(', ')}</dd>
            </>
          )}
          {game.ambience.length > 0 && (
            <>
              <dt>{s.ambience}</dt>
              <dd>{game.ambience.map((value) => labelOf(ambienceLabels, value)).join(', ')}</dd>
            </>
          )}
          {game.specialEvent && (
            <>
              <dt>{s.specialEvent}</dt>
              <dd>
                {game.specialEvent.emoji} {game.specialEvent.name}
              </dd>
            </>
          )}
        </dl>
        <h3 className="small" style={{ marginTop: '1rem' }}>
          {s.classification}
        </h3>
        <dl className="facts">
          {axes.map((axis) => (
            <div key={axis} style={{ display: 'contents' }}>
              <dt>{classificationLabels[axis]}</dt>
              <dd>
                <Level value={game.classification[axis]} />
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
