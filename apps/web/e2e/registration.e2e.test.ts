import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { club } from './fixtures.js';
import { navLink, screenshot, signIn, startStack, type Stack } from './harness.js';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.stop();
});

describe('taking a seat', () => {
  it('a player registers, sees the seat count change, and unregisters', async () => {
    const { page, context } = await stack.newPage();
    await signIn(page, { name: club.players[0]!.name });

    await page.getByRole('link', { name: club.games.dragon }).click();
    const seats = page.getByTestId('seat-count');
    await expect.poll(() => seats.textContent()).toContain('0 / 4 seats taken');

    await page.getByRole('button', { name: 'Register' }).click();
    await page.getByText('You are registered. See you at the table!').waitFor();
    await expect.poll(() => seats.textContent()).toContain('1 / 4 seats taken');
    await page.locator('.player-list').getByText(club.players[0]!.name).waitFor();
    await screenshot(page, 'registration-registered');

    await navLink(page, 'Board').click();
    const card = page.locator('.game-card', { hasText: club.games.dragon });
    await expect.poll(() => card.textContent()).toContain('1 / 4 seats');

    await navLink(page, 'My games').click();
    await page.locator('.game-card', { hasText: club.games.dragon }).waitFor();

    await page.locator('.game-card', { hasText: club.games.dragon }).getByRole('link').click();
    await page.getByRole('button', { name: 'Leave the table' }).click();
    await page.getByText('You left the table.').waitFor();
    await expect.poll(() => seats.textContent()).toContain('0 / 4 seats taken');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in', exact: true }).waitFor();
    expect(await navLink(page, 'My games').count()).toBe(0);
    await context.close();
  });

  it('a refused registration says why: the last seat went to someone else first', async () => {
    const first = await stack.newPage();
    const second = await stack.newPage();
    await signIn(first.page, { name: club.players[1]!.name });
    await signIn(second.page, { name: club.players[2]!.name });
    await first.page.goto('/games/last-seat-standing-by-gideon');
    await second.page.goto('/games/last-seat-standing-by-gideon');
    await second.page.getByRole('button', { name: 'Register' }).waitFor();

    await first.page.getByRole('button', { name: 'Register' }).click();
    await first.page.getByText('You are registered. See you at the table!').waitFor();
    await second.page.getByRole('button', { name: 'Register' }).click();

    const alert = second.page.locator('.notice-error');
    await alert.waitFor();
    // Taking the last seat closed the game, so the closed check answers before the full one.
    expect(await alert.textContent()).toContain('Registrations for this game are closed.');

    // The page now shows the table as it is: full, registrations closed.
    await expect.poll(() => second.page.getByTestId('seat-count').textContent()).toContain('1 / 1');
    await screenshot(second.page, 'registration-refused');
    await first.context.close();
    await second.context.close();
  });
});
