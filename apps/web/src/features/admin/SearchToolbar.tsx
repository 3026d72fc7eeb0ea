/** The search box above an admin table, with an optional hint under it. */
export function SearchToolbar({
  id,
  label,
  hint,
  value,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="toolbar">
      <div className="field">
        <label className="field-label" htmlFor={id}>
          {label}
        </label>
        <input
          id={id}
          type="search"
          value={value}
          {...(hint ? { 'aria-describedby': `${id}-hint` } : {})}
          onChange={(event) => onChange(event.target.value)}
        />
        {hint && (
          <p id={`${id}-hint`} className="field-hint">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
