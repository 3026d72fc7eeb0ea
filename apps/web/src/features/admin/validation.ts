/**
 * The admin forms validate with the API's own schemas; these helpers only turn the forms' text
 * into the schemas' shapes (an empty icon is "none").
 */
export {
  channelCreateInput,
  referenceCreateInput,
  specialEventCreateInput,
  trophyAwardInput,
  trophyCreateInput,
} from '@questboard/api/schemas';

/** An empty text box means "none" to the API. */
export const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());
