import { problemOf, reasonStrings } from './errors.js';

/** Messages keyed by a dotted field path (`name`, `classification.horror`). */
export type FieldErrors = Record<string, string>;

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/** The dotted path of an issue: `['classification', 'horror']` → `classification.horror`. */
export function issueField(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.');
}

/**
 * One message per field from a schema's issues, the first issue of each field winning.
 * Array items (`ambience.1`) report on their array so the message sits next to the control.
 */
export function fieldErrorsFromIssues(
  issues: readonly Issue[],
  arrays: readonly string[] = [],
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    let field = issueField(issue.path) || 'form';
    const array = arrays.find((name) => field.startsWith(`${name}.`));
    if (array) {
      field = array;
    }
    errors[field] ??= issue.message;
  }
  return errors;
}

/**
 * The API's refusal as field errors: a field named by the API gets its message next to it,
 * anything else lands on `form` (shown above the submit button).
 */
export function fieldErrorsFromProblem(
  error: unknown,
  knownFields: readonly string[],
): FieldErrors {
  const problem = problemOf(error);
  const words =
    (problem.reason && reasonStrings[problem.reason]) || problem.message || 'Something went wrong.';
  const field =
    problem.field &&
    knownFields.find((name) => problem.field === name || problem.field?.startsWith(`${name}.`));

  if (field) {
    return { [field]: stripFieldPrefix(words, problem.field ?? field) };
  }
  return { form: words };
}

/** The API says "partySize: Too small"; next to the field, the field name is noise. */
function stripFieldPrefix(message: string, field: string): string {
  return message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}
