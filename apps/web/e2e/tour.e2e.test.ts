// A look at every page, signed out and as each role, with a screenshot of each: the pages load
// against the real API and show no error state.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { club } from './fixtures.js';
import { screenshot, signIn, startStack, type Stack } from './harness.js';

let stack: Stack;

/** `YYYY-MM-DD` of the local day `days` from now (the fixtures' sessions are at 20:00). */
function dayIn(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Opens a page and checks it settled on its content: a title, nothing loading, no error. */
async function expectPageLoads(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  // Network idle is no proof: a query may start after a quiet half second (a lazy chunk, the
  // session first). Loading gone means every query settled, so the error check below holds.
  await page.locator('.state-loading').first().waitFor({ state: 'detached' });
  expect(await page.locator('.state-error').count(), path).toBe(0);
}

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.stop();
});

describe('every page renders against the real API', () => {
  it('the board, a game, the calendar, trophies and stats load for a visitor', async () => {
    const { page, context } = await stack.newPage();

    await page.goto('/');
    await page.getByRole('heading', { name: club.games.dragon }).waitFor();
    await screenshot(page, 'tour-board');

    await page.getByRole('link', { name: club.games.cthulhu }).click();
    await page.getByRole('heading', { level: 1, name: club.games.cthulhu }).waitFor();
    await screenshot(page, 'tour-game');

    for (const [path, name] of [
      ['/calendar', 'tour-calendar'],
      ['/calendar?view=week', 'tour-calendar-week'],
      ['/trophies', 'tour-trophies'],
      ['/stats', 'tour-stats'],
      ['/sign-in', 'tour-sign-in'],
    ] as const) {
      await expectPageLoads(page, path);
      await screenshot(page, name);
    }
    await context.close();
  });

  it('the admin pages load for an admin', async () => {
    const { page, context } = await stack.newPage();
    await signIn(page, { name: club.admin.name });

    for (const tab of ['systems', 'vtts', 'events', 'categories', 'trophies', 'users', 'log']) {
      await expectPageLoads(page, `/admin/${tab}`);
      await screenshot(page, `tour-admin-${tab}`);
    }
    await context.close();
  });

  it('my games, the announce form and a profile load for a GM', async () => {
    const { page, context } = await stack.newPage();
    await signIn(page, { name: club.gm2.name });

    for (const [path, name] of [
      ['/mine', 'tour-mine'],
      ['/announce', 'tour-announce'],
      [`/users/${club.players[1]!.id}`, 'tour-profile'],
    ] as const) {
      await expectPageLoads(page, path);
      await screenshot(page, name);
    }

    await context.close();
  });

  it('a player whose sessions overlap sees the clash marked on the calendar', async () => {
    const { page, context } = await stack.newPage();
    await signIn(page, { name: club.players[2]!.name });

    await page.goto('/calendar?mine=1&view=week&date=' + dayIn(5));
    await page.getByText('2 of your sessions overlap others').waitFor();
    expect(await page.locator('.cal-clash').count()).toBe(2);
    await screenshot(page, 'calendar-clash-week');

    await page.goto('/calendar?date=' + dayIn(5));
    await page.locator('.cal-clash').first().waitFor();
    await screenshot(page, 'calendar-clash-month');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    await screenshot(page, 'tour-phone-menu');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Calendar', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();

    await page.goto('/');
    await page.getByRole('heading', { name: club.games.dragon }).waitFor();
    await screenshot(page, 'tour-phone-board');
    await expectPageLoads(page, '/calendar?mine=1');
    await screenshot(page, 'tour-phone-calendar');
    await context.close();
  });

  it('the keyboard reaches the page through the skip link and takes a seat', async () => {
    const { page, context } = await stack.newPage();
    await signIn(page, { name: club.players[0]!.name });

    await page.goto('/games/one-last-heist-by-gideon');
    await page.getByRole('heading', { level: 1, name: club.games.heist }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');

    await page.getByRole('button', { name: 'Register' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('You are registered. See you at the table!').waitFor();
    await expect.poll(() => page.getByTestId('seat-count').textContent()).toContain('1 / 3');
    await context.close();
  });
});
