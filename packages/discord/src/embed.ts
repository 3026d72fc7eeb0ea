import type { AnnouncementEmbed } from './DiscordGateway.js';

/** Discord's documented embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
} as const;

/** The embed as Discord's API takes it. */
export interface DiscordEmbedPayload {
  title: string;
  url?: string;
  description?: string;
  color?: number;
  fields: { name: string; value: string; inline?: boolean }[];
  image?: { url: string };
  footer?: { text: string };
}

/** Cuts `text` to `max` characters, ending with an ellipsis when something was cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) {
    return text;
  }
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/**
 * A list of names joined by `separator`, as many as fit in `max` characters, then
 * "… and N more" for the rest.
 */
export function listWithin(names: string[], max: number, separator = ', '): string {
  let text = '';
  for (let i = 0; i < names.length; i += 1) {
    const candidate = text ? `${text}${separator}${names[i]}` : (names[i] ?? '');
    const rest = names.length - i - 1;
    const suffix = rest > 0 ? `${separator}… and ${rest} more` : '';
    if (candidate.length + suffix.length > max) {
      const remaining = names.length - i;
      const tail = `… and ${remaining} more`;
      return text ? `${text}${separator}${tail}` : tail;
    }
    text = candidate;
  }
  return text;
}

/** True for absolute http: and https: URLs; anything else (data:, javascript:, relative) is not sent. */
export function isHttpUrl(value: string | null | undefined): value is string {
  if (!value) {
    return false;
  }
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function length(text: string | undefined): number {
  return text ? Array.from(text).length : 0;
}

/**
 * Converts an announcement to Discord's embed shape, kept inside every limit: each text is
 * cut to its own maximum, at most 25 fields, and the total of all texts stays under 6000 by
 * shortening the description first, then dropping trailing fields.
 */
export function toDiscordEmbed(embed: AnnouncementEmbed): DiscordEmbedPayload {
  const title = truncate(embed.title || '—', EMBED_LIMITS.title);
  const footer = embed.footer ? truncate(embed.footer, EMBED_LIMITS.footer) : undefined;
  const fields = embed.fields
    .filter((field) => field.name.trim() && field.value.trim())
    .slice(0, EMBED_LIMITS.fields)
    .map((field) => ({
      name: truncate(field.name, EMBED_LIMITS.fieldName),
      value: truncate(field.value, EMBED_LIMITS.fieldValue),
      ...(field.inline !== undefined ? { inline: field.inline } : {}),
    }));

  const fieldsLength = () => fields.reduce((sum, f) => sum + length(f.name) + length(f.value), 0);
  const fixed = length(title) + length(footer);
  // Fields carry the facts players need; the description is shortened first.
  while (fields.length > 0 && fixed + fieldsLength() > EMBED_LIMITS.total) {
    fields.pop();
  }
  const room = EMBED_LIMITS.total - fixed - fieldsLength();
  const description = truncate(embed.description, Math.min(EMBED_LIMITS.description, room));

  const result: DiscordEmbedPayload = { title, fields };
  if (description) result.description = description;
  if (isHttpUrl(embed.url)) result.url = embed.url;
  if (embed.color !== undefined) result.color = embed.color & 0xffffff;
  if (isHttpUrl(embed.imageUrl)) result.image = { url: embed.imageUrl };
  if (footer) result.footer = { text: footer };
  return result;
}
