/** An optional text as stored: trimmed, and null when empty. */
export function blankToNull(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
}
