import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

import {
  changeFilters,
  DEFAULT_FILTERS,
  isFiltered,
  toggle,
  type BoardFilters,
} from '../../lib/boardFilters.js';
import {
  GAME_STATUSES,
  GAME_TYPES,
  restrictionLabels,
  RESTRICTIONS,
  statusLabels,
  typeLabels,
} from '../../lib/vocab.js';
import { useTRPC } from '../../trpc.js';
import { useViewer } from '../auth/useViewer.js';
import { boardStrings as s } from './strings.js';

function Chips<T extends string>({
  legend,
  name,
  options,
  labels,
  selected,
  onToggle,
}: {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  selected: readonly T[];
  onToggle: (value: T) => void;
}) {
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      <div className="chips">
        {options.map((option) => (
          <label key={option} className="chip">
            <input
              type="checkbox"
              name={name}
              value={option}
              checked={selected.includes(option)}
              onChange={() => onToggle(option)}
            />
            <span>{labels[option]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const idOrNull = (value: string) => (value === '' ? null : Number(value));

/** The board's filters; every change goes to the URL through `onChange`. */
export function BoardFiltersForm({
  filters,
  onChange,
}: {
  filters: BoardFilters;
  onChange: (filters: BoardFilters, options?: { replace?: boolean }) => void;
}) {
  const trpc = useTRPC();
  const viewer = useViewer();
  const systems = useQuery(trpc.systems.list.queryOptions());
  const vtts = useQuery(trpc.vtts.list.queryOptions());
  const events = useQuery(trpc.specialEvents.list.queryOptions());
  const [name, setName] = useState(filters.name);

  // The URL is the source of truth: follow it on back/forward, and push typing after a pause.
  useEffect(() => setName(filters.name), [filters.name]);
  useEffect(() => {
    if (name.trim() === filters.name) return undefined;
    const timer = setTimeout(
      () => onChange(changeFilters(filters, { name: name.trim() }), { replace: true }),
      300,
    );
    return () => clearTimeout(timer);
  }, [name, filters, onChange]);

  const update = (change: Partial<BoardFilters>) => onChange(changeFilters(filters, change));
  const statuses = viewer ? GAME_STATUSES : GAME_STATUSES.filter((status) => status !== 'draft');

  return (
    <form className="board-filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <h2 className="visually-hidden">{s.filters}</h2>
      <div className="field filter-search">
        <label htmlFor="filter-name" className="field-label">
          {s.search}
        </label>
        <input
          id="filter-name"
          type="search"
          value={name}
          placeholder={s.searchPlaceholder}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <Chips
        legend={s.status}
        name="status"
        options={statuses}
        labels={statusLabels}
        selected={filters.status}
        onToggle={(value) => update({ status: toggle(filters.status, value) })}
      />
      <Chips
        legend={s.type}
        name="type"
        options={GAME_TYPES}
        labels={typeLabels}
        selected={filters.type}
        onToggle={(value) => update({ type: toggle(filters.type, value) })}
      />
      <Chips
        legend={s.restriction}
        name="restriction"
        options={RESTRICTIONS}
        labels={restrictionLabels}
        selected={filters.restriction}
        onToggle={(value) => update({ restriction: toggle(filters.restriction, value) })}
      />
      <div className="filter-selects">
        <div className="field">
          <label htmlFor="filter-system" className="field-label">
            {s.system}
          </label>
          <select
            id="filter-system"
            value={filters.systemId ?? ''}
            onChange={(event) => update({ systemId: idOrNull(event.target.value) })}
          >
            <option value="">{s.any}</option>
            {systems.data?.map((system) => (
              <option key={system.id} value={system.id}>
                {system.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-vtt" className="field-label">
            {s.vtt}
          </label>
          <select
            id="filter-vtt"
            value={filters.vttId ?? ''}
            onChange={(event) => update({ vttId: idOrNull(event.target.value) })}
          >
            <option value="">{s.any}</option>
            {vtts.data?.map((vtt) => (
              <option key={vtt.id} value={vtt.id}>
                {vtt.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-event" className="field-label">
            {s.specialEvent}
          </label>
          <select
            id="filter-event"
            value={filters.specialEventId ?? ''}
            onChange={(event) => update({ specialEventId: idOrNull(event.target.value) })}
          >
            <option value="">{s.any}</option>
            {events.data?.map((event) => (
              <option key={event.id} value={event.id}>
                {event.emoji} {event.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {isFiltered(filters) && (
        <button
          type="button"
          className="button button-ghost button-small"
          onClick={() => {
            setName('');
            onChange(DEFAULT_FILTERS);
          }}
        >
          ✕ {s.clear}
        </button>
      )}
    </form>
  );
}
