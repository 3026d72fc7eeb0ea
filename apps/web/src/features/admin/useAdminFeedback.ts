import { useState } from 'react';

import { fieldErrorsFromProblem, type FieldErrors } from '../../lib/fieldErrors.js';

/** The notice and field errors an admin form shows after a call. */
export function useAdminFeedback(fields: readonly string[]) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);

  return {
    errors,
    notice,
    dismiss: () => setNotice(null),
    success: (text: string) => {
      setErrors({});
      setNotice({ tone: 'success', text });
    },
    /** A refusal naming a field goes next to it; anything else becomes the notice. */
    failure: (error: unknown) => {
      const mapped = fieldErrorsFromProblem(error, fields);
      setErrors(mapped);
      // A field's error shows next to it; only a refusal of the whole form becomes a notice.
      setNotice(mapped.form ? { tone: 'error', text: mapped.form } : null);
    },
    invalid: (next: FieldErrors) => {
      setErrors(next);
      setNotice(null);
    },
  };
}
