import { useState } from 'react';

import { Field } from '../../components/Field.js';
import { fromDateTimeLocal, toDateTimeLocal } from '../../lib/dates.js';
import type { FieldErrors } from '../../lib/fieldErrors.js';
import { gameStrings as s } from './strings.js';

/** Start and end of a session as local date-times; validation belongs to the caller. */
export function SessionForm({
  idPrefix,
  initial,
  errors,
  busy,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  initial: { start: Date; end: Date };
  errors: FieldErrors;
  busy: boolean;
  submitLabel: string;
  onSubmit: (value: { start: Date | null; end: Date | null }) => void;
  onCancel?: () => void;
}) {
  const [start, setStart] = useState(toDateTimeLocal(initial.start));
  const [end, setEnd] = useState(toDateTimeLocal(initial.end));

  return (
    <form
      className="session-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({ start: fromDateTimeLocal(start), end: fromDateTimeLocal(end) });
      }}
    >
      <Field id={`${idPrefix}-start`} label={s.start} error={errors.start}>
        {(props) => (
          <input
            {...props}
            type="datetime-local"
            value={start}
            onChange={(event) => setStart(event.target.value)}
          />
        )}
      </Field>
      <Field id={`${idPrefix}-end`} label={s.end} error={errors.end}>
        {(props) => (
          <input
            {...props}
            type="datetime-local"
            value={end}
            onChange={(event) => setEnd(event.target.value)}
          />
        )}
      </Field>
      {errors.form && (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button-primary button-small" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button-ghost button-small" onClick={onCancel}>
            {s.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
