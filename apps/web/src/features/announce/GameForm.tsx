import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

import type { GameCreateInput } from '@questboard/api/schemas';

import { Field, FieldSet } from '../../components/Field.js';
import { toggle } from '../../lib/boardFilters.js';
import type { FieldErrors } from '../../lib/fieldErrors.js';
import {
  ambienceLabels,
  AMBIENCES,
  CHARACTER_MODES,
  characterLabels,
  classificationLabels,
  FREQUENCIES,
  frequencyLabels,
  GAME_TYPES,
  levelLabels,
  restrictionLabels,
  RESTRICTIONS,
  typeLabels,
  XP_LEVELS,
  xpLabels,
} from '../../lib/vocab.js';
import { useTRPC } from '../../trpc.js';
import { GAME_FORM_FIELDS, validateGameForm, type GameFormState } from './gameFormState.js';
import { formStrings as s } from './strings.js';

/** Moves focus to the first field in error, in page order, so the keyboard lands on it. */
function focusFirstError(errors: FieldErrors) {
  const first = GAME_FORM_FIELDS.find((field) =>
    Object.keys(errors).some((key) => key === field || key.startsWith(`${field}.`)),
  );
  const element =
    first &&
    (document.getElementById(`game-${first}`) ??
      document.querySelector<HTMLElement>(`[name="${first}"]`));
  element?.focus();
}

/**
 * Every field of a game, validated in the browser with the API's schema before sending; the
 * API's own refusals arrive through `serverErrors` and show next to their field.
 */
export function GameForm({
  initial,
  serverErrors,
  submitting,
  submitLabel,
  lockIdentity,
  onSubmit,
  onCancel,
}: {
  initial: GameFormState;
  serverErrors: FieldErrors;
  submitting: boolean;
  submitLabel: string;
  lockIdentity?: boolean;
  onSubmit: (data: GameCreateInput) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const systems = useQuery(trpc.systems.list.queryOptions());
  const vtts = useQuery(trpc.vtts.list.queryOptions());
  const events = useQuery(trpc.specialEvents.list.queryOptions());
  const [form, setForm] = useState(initial);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const errors = { ...serverErrors, ...localErrors };

  useEffect(() => {
    if (Object.keys(serverErrors).length > 0) focusFirstError(serverErrors);
  }, [serverErrors]);

  const set = <K extends keyof GameFormState>(key: K, value: GameFormState[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setLocalErrors((current) => {
      const { [key]: _dropped, ...rest } = current;
      return rest;
    });
  };
  const fieldCount = Object.keys(errors).filter((key) => key !== 'form').length;

  return (
    <form
      className="game-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const result = validateGameForm(form);
        if (!result.ok) {
          setLocalErrors(result.errors);
          focusFirstError(result.errors);
          return;
        }
        setLocalErrors({});
        onSubmit(result.data);
      }}
    >
      <section className="panel form-section">
        <h2>{s.sections.basics}</h2>
        <Field
          id="game-name"
          label={s.name}
          hint={lockIdentity ? s.nameLocked : s.nameHint}
          error={errors.name}
          required
        >
          {(props) => (
            <input
              {...props}
              name="name"
              type="text"
              maxLength={200}
              value={form.name}
              disabled={lockIdentity}
              onChange={(e) => set('name', e.target.value)}
            />
          )}
        </Field>
        <FieldSet id="game-type" legend={s.type} error={errors.type}>
          <div className="chips">
            {GAME_TYPES.map((type) => (
              <label key={type} className="chip">
                <input
                  type="radio"
                  name="type"
                  value={type}
                  checked={form.type === type}
                  disabled={lockIdentity}
                  onChange={() => set('type', type)}
                />
                <span>{typeLabels[type]}</span>
              </label>
            ))}
          </div>
        </FieldSet>
        <div className="form-grid">
          <Field id="game-systemId" label={s.system} error={errors.systemId} required>
            {(props) => (
              <select
                {...props}
                name="systemId"
                value={form.systemId}
                onChange={(e) => set('systemId', e.target.value)}
              >
                <option value="">{s.pickSystem}</option>
                {systems.data?.map((system) => (
                  <option key={system.id} value={system.id}>
                    {system.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="game-vttId" label={s.vtt} error={errors.vttId}>
            {(props) => (
              <select
                {...props}
                name="vttId"
                value={form.vttId}
                onChange={(e) => set('vttId', e.target.value)}
              >
                <option value="">{s.noVtt}</option>
                {vtts.data?.map((vtt) => (
                  <option key={vtt.id} value={vtt.id}>
                    {vtt.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="game-specialEventId" label={s.specialEvent} error={errors.specialEventId}>
            {(props) => (
              <select
                {...props}
                name="specialEventId"
                value={form.specialEventId}
                onChange={(e) => set('specialEventId', e.target.value)}
              >
                <option value="">{s.noEvent}</option>
                {events.data
                  ?.filter((event) => event.active || String(event.id) === form.specialEventId)
                  .map((event) => (
                    <option key={event.id} value={event.id}>
                      {event.emoji} {event.name}
                    </option>
                  ))}
              </select>
            )}
          </Field>
        </div>
      </section>

      <section className="panel form-section">
        <h2>{s.sections.schedule}</h2>
        <div className="form-grid">
          <Field id="game-date" label={s.date} hint={s.dateHint} error={errors.date} required>
            {(props) => (
              <input
                {...props}
                name="date"
                type="datetime-local"
                value={form.date}
                onChange={(e) => set('date', e.target.value)}
              />
            )}
          </Field>
          <Field id="game-sessionLength" label={s.sessionLength} error={errors.sessionLength}>
            {(props) => (
              <input
                {...props}
                name="sessionLength"
                type="number"
                inputMode="decimal"
                min={0.5}
                max={23.9}
                step={0.5}
                value={form.sessionLength}
                onChange={(e) => set('sessionLength', e.target.value)}
              />
            )}
          </Field>
          <Field id="game-frequency" label={s.frequency} error={errors.frequency}>
            {(props) => (
              <select
                {...props}
                name="frequency"
                value={form.frequency}
                onChange={(e) => set('frequency', e.target.value as GameFormState['frequency'])}
              >
                <option value="">{s.noFrequency}</option>
                {FREQUENCIES.map((frequency) => (
                  <option key={frequency} value={frequency}>
                    {frequencyLabels[frequency]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="game-length" label={s.length} hint={s.lengthHint} error={errors.length}>
            {(props) => (
              <input
                {...props}
                name="length"
                type="text"
                maxLength={100}
                value={form.length}
                onChange={(e) => set('length', e.target.value)}
              />
            )}
          </Field>
        </div>
      </section>

      <section className="panel form-section">
        <h2>{s.sections.table}</h2>
        <div className="form-grid">
          <Field id="game-partySize" label={s.partySize} error={errors.partySize} required>
            {(props) => (
              <input
                {...props}
                name="partySize"
                type="number"
                inputMode="numeric"
                min={1}
                max={50}
                value={form.partySize}
                onChange={(e) => set('partySize', e.target.value)}
              />
            )}
          </Field>
          <Field id="game-xp" label={s.xp} error={errors.xp}>
            {(props) => (
              <select
                {...props}
                name="xp"
                value={form.xp}
                onChange={(e) => set('xp', e.target.value as GameFormState['xp'])}
              >
                {XP_LEVELS.map((xp) => (
                  <option key={xp} value={xp}>
                    {xpLabels[xp]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="game-characters" label={s.characters} error={errors.characters}>
            {(props) => (
              <select
                {...props}
                name="characters"
                value={form.characters}
                onChange={(e) => set('characters', e.target.value as GameFormState['characters'])}
              >
                {CHARACTER_MODES.map((mode) => (
                  <option key={mode} value={mode}>
                    {characterLabels[mode]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <label className="check">
          <input
            id="game-partySelection"
            name="partySelection"
            type="checkbox"
            checked={form.partySelection}
            onChange={(e) => set('partySelection', e.target.checked)}
          />
          {s.partySelection}
        </label>
      </section>

      <section className="panel form-section">
        <h2>{s.sections.tone}</h2>
        <FieldSet id="game-restriction" legend={s.restriction} error={errors.restriction}>
          <div className="chips">
            {RESTRICTIONS.map((restriction) => (
              <label key={restriction} className="chip">
                <input
                  type="radio"
                  name="restriction"
                  value={restriction}
                  checked={form.restriction === restriction}
                  onChange={() => set('restriction', restriction)}
                />
                <span>{restrictionLabels[restriction]}</span>
              </label>
            ))}
          </div>
        </FieldSet>
        <Field
          id="game-restrictionTags"
          label={s.restrictionTags}
          hint={s.restrictionTagsHint}
          error={errors.restrictionTags}
        >
          {(props) => (
            <input
              {...props}
              name="restrictionTags"
              type="text"
              value={form.restrictionTags}
              onChange={(e) => set('restrictionTags', e.target.value)}
            />
          )}
        </Field>
        <FieldSet id="game-classification" legend={s.classification} error={errors.classification}>
          <div className="form-grid form-grid-4">
            {(Object.keys(classificationLabels) as (keyof typeof classificationLabels)[]).map(
              (axis) => (
                <Field
                  key={axis}
                  id={`game-classification-${axis}`}
                  label={classificationLabels[axis]}
                  error={errors[`classification.${axis}`]}
                >
                  {(props) => (
                    <select
                      {...props}
                      value={form.classification[axis]}
                      onChange={(e) =>
                        set('classification', {
                          ...form.classification,
                          [axis]: Number(e.target.value),
                        })
                      }
                    >
                      {levelLabels.map((label, level) => (
                        <option key={label} value={level}>
                          {label}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              ),
            )}
          </div>
        </FieldSet>
        <FieldSet id="game-ambience" legend={s.ambience} error={errors.ambience}>
          <div className="chips">
            {AMBIENCES.map((ambience) => (
              <label key={ambience} className="chip">
                <input
                  type="checkbox"
                  name="ambience"
                  value={ambience}
                  checked={form.ambience.includes(ambience)}
                  onChange={() => set('ambience', toggle(form.ambience, ambience))}
                />
                <span>{ambienceLabels[ambience]}</span>
              </label>
            ))}
          </div>
        </FieldSet>
      </section>

      <section className="panel form-section">
        <h2>{s.sections.text}</h2>
        <Field
          id="game-description"
          label={s.description}
          hint={s.descriptionHint}
          error={errors.description}
        >
          {(props) => (
            <textarea
              {...props}
              name="description"
              rows={8}
              value={form.description}
              onChange={(e) => set('description', e.target.value)}
            />
          )}
        </Field>
        <Field
          id="game-complement"
          label={s.complement}
          hint={s.complementHint}
          error={errors.complement}
        >
          {(props) => (
            <textarea
              {...props}
              name="complement"
              rows={4}
              value={form.complement}
              onChange={(e) => set('complement', e.target.value)}
            />
          )}
        </Field>
        <Field id="game-img" label={s.img} hint={s.imgHint} error={errors.img}>
          {(props) => (
            <input
              {...props}
              name="img"
              type="url"
              inputMode="url"
              value={form.img}
              onChange={(e) => set('img', e.target.value)}
            />
          )}
        </Field>
      </section>

      <div className="form-footer">
        {fieldCount > 0 && (
          <p className="field-error" role="alert">
            {s.fixErrors(fieldCount)}
          </p>
        )}
        {errors.form && (
          <p className="field-error" role="alert">
            {errors.form}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={submitting}>
            {submitting ? s.saving : submitLabel}
          </button>
          <button type="button" className="button button-ghost" onClick={onCancel}>
            {s.cancel}
          </button>
        </div>
      </div>
    </form>
  );
}
