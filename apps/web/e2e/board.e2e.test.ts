import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { club } from './fixtures.js';
import { screenshot, startStack, toggleChip, type Stack } from './harness.js';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.stop();
});

const cardTitles = async (page: Page) =>
  (await page.locator('.game-card-title').allTextContents()).sort();

describe('browsing the board', () => {
  it('a visitor filters the board, and the filters survive a reload through the URL', async () => {
    const { page, context } = await stack.newPage();

    await page.goto('/');
    await page.getByRole('heading', { name: club.games.dragon }).waitFor();
    expect(await cardTitles(page)).toEqual(
      [club.games.dragon, club.games.cthulhu, club.games.heist, club.games.lastSeat].sort(),
    );
    // Seats and the GM are on the card; drafts never show to a visitor.
    const cthulhu = page.locator('.game-card', { hasText: club.games.cthulhu });
    await expect(cthulhu.textContent()).resolves.toContain('2 / 5 seats');
    await expect(cthulhu.textContent()).resolves.toContain(club.gm2.name);
    expect(await page.getByText(club.games.draft).count()).toBe(0);

    await toggleChip(page, 'Campaign');
    await page.waitForURL(/type=campaign/);
    await expect.poll(() => cardTitles(page)).toEqual([club.games.cthulhu]);

    await page.reload();
    await expect.poll(() => cardTitles(page)).toEqual([club.games.cthulhu]);
    expect(await page.getByRole('checkbox', { name: 'Campaign' }).isChecked()).toBe(true);

    await page.getByRole('button', { name: /Clear filters/ }).click();
    await page.getByLabel('System').selectOption({ label: 'Blades in the Dark' });
    await expect.poll(() => cardTitles(page)).toEqual([club.games.heist]);

    await page.getByLabel('System').selectOption({ label: 'Any' });
    await page.getByLabel('Search by name').fill('dragon');
    await page.waitForURL(/q=dragon/);
    await expect.poll(() => cardTitles(page)).toEqual([club.games.dragon]);

    await page.getByLabel('Search by name').fill('no such game at all');
    await page.getByText('No game matches these filters.').waitFor();
    await screenshot(page, 'board-empty-filter');

    await page.goto('/?status=closed&status=open&restriction=18%2B');
    await expect.poll(() => cardTitles(page)).toEqual([club.games.cthulhu]);
    await page.goto('/?status=closed');
    await expect.poll(() => cardTitles(page)).toEqual([club.games.full]);
    await expect(page.locator('.game-card').first().textContent()).resolves.toContain('Full');
    await screenshot(page, 'board-closed-filter');

    await page.goto('/?event=1');
    await expect.poll(() => cardTitles(page)).toEqual([club.games.cthulhu]);
    await screenshot(page, 'board-filtered');
    await context.close();
  });
});
