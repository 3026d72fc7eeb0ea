import { adminStrings as s } from './strings.js';

/** The header row of an admin table: `columns`, then an unlabelled column for the row buttons. */
export function AdminTableHead({ columns }: { columns: string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col">
            {column}
          </th>
        ))}
        <th scope="col">
          <span className="visually-hidden">{s.actions}</span>
        </th>
      </tr>
    </thead>
  );
}
