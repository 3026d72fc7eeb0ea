import { describe, expect, it } from 'vitest';

import { EMBED_LIMITS, isHttpUrl, listWithin, toDiscordEmbed } from '../src/embed.js';

const base = { title: 'A game', description: 'Fun.', fields: [] };

function totalLength(embed: ReturnType<typeof toDiscordEmbed>): number {
  const texts = [embed.title, embed.description ?? '', embed.footer?.text ?? ''];
  for (const field of embed.fields) texts.push(field.name, field.value);
  return texts.reduce((sum, text) => sum + Array.from(text).length, 0);
}

describe('toDiscordEmbed', () => {
  it('cuts each text to its own limit', () => {
    const embed = toDiscordEmbed({
      title: 't'.repeat(300),
      description: 'd'.repeat(5000),
      fields: [{ name: 'n'.repeat(300), value: 'v'.repeat(2000) }],
      footer: 'f'.repeat(3000),
    });

    expect(embed.title).toHaveLength(EMBED_LIMITS.title);
    expect(embed.title.endsWith('…')).toBe(true);
    expect(embed.fields[0]?.name).toHaveLength(EMBED_LIMITS.fieldName);
    expect(embed.fields[0]?.value).toHaveLength(EMBED_LIMITS.fieldValue);
    expect(embed.footer?.text).toHaveLength(EMBED_LIMITS.footer);
    expect(totalLength(embed)).toBeLessThanOrEqual(EMBED_LIMITS.total);
  });

  it('keeps at most 25 fields and the total under 6000 characters', () => {
    const fields = Array.from({ length: 40 }, (_, i) => ({
      name: `field ${i}`,
      value: 'x'.repeat(1024),
    }));
    const embed = toDiscordEmbed({ ...base, description: 'd'.repeat(4096), fields });

    expect(embed.fields.length).toBeLessThanOrEqual(25);
    expect(totalLength(embed)).toBeLessThanOrEqual(6000);
    expect(embed.fields[0]?.name).toBe('field 0');
  });

  it('shortens the description before dropping fields', () => {
    const fields = [
      { name: 'Players', value: 'x'.repeat(1000) },
      { name: 'Waitlist', value: 'y'.repeat(1000) },
    ];
    const embed = toDiscordEmbed({ ...base, description: 'd'.repeat(5500), fields });

    expect(embed.fields).toHaveLength(2);
    expect(embed.description?.endsWith('…')).toBe(true);
    expect(totalLength(embed)).toBe(6000);
  });

  it('counts characters, not UTF-16 units, so an emoji is never split', () => {
    const embed = toDiscordEmbed({ ...base, title: '🐉'.repeat(300) });

    expect(Array.from(embed.title)).toHaveLength(256);
    expect(embed.title).not.toContain('\uFFFD');
  });

  it('sends http(s) image URLs only', () => {
    expect(toDiscordEmbed({ ...base, imageUrl: 'https://img.test/a.png' }).image).toEqual({
      url: 'https://img.test/a.png',
    });
    for (const bad of [
      'javascript:alert(1)',
      'data:image/png;base64,AAAA',
      '/relative.png',
      'ftp://x.test/a',
      'not a url',
    ]) {
      expect(toDiscordEmbed({ ...base, imageUrl: bad }).image).toBeUndefined();
    }
    expect(toDiscordEmbed({ ...base, url: 'javascript:alert(1)' }).url).toBeUndefined();
  });

  it('drops empty fields, which Discord refuses', () => {
    const embed = toDiscordEmbed({
      ...base,
      fields: [
        { name: 'VTT', value: ' ' },
        { name: 'GM', value: 'Gwen' },
      ],
    });

    expect(embed.fields).toEqual([{ name: 'GM', value: 'Gwen' }]);
  });
});

describe('listWithin', () => {
  it('lists everyone when they fit', () => {
    expect(listWithin(['Ann', 'Bob'], 100)).toBe('Ann, Bob');
  });

  it('shortens a long player list with the count of the rest', () => {
    const names = Array.from({ length: 200 }, (_, i) => `Player number ${i}`);
    const text = listWithin(names, 1024);

    expect(text.length).toBeLessThanOrEqual(1024);
    const shown = text.split(', ').filter((part) => part.startsWith('Player')).length;
    expect(text.endsWith(`… and ${200 - shown} more`)).toBe(true);
  });
});

describe('isHttpUrl', () => {
  it('accepts absolute http and https URLs only', () => {
    expect(isHttpUrl('http://a.test/x.png')).toBe(true);
    expect(isHttpUrl('https://a.test/x.png')).toBe(true);
    expect(isHttpUrl('HTTPS://a.test/x.png')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('')).toBe(false);
    expect(isHttpUrl(null)).toBe(false);
  });
});
