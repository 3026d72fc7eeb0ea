import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { club } from './fixtures.js';
import { navLink, screenshot, signIn, startStack, toggleChip, type Stack } from './harness.js';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.stop();
});

const NAME = 'Night at the Haunted Museum';

describe('a game from announcement to trophies', () => {
  it('a GM announces, adds a session, publishes, a player joins, the GM archives, trophies reach the leaderboard', async () => {
    const gm = await stack.newPage();
    const { page } = gm;
    await signIn(page, { name: club.gm.name });

    // The browser checks the form with the API's schema before sending anything.
    await page.getByRole('link', { name: /Announce a game/ }).click();
    await page.getByRole('button', { name: 'Save the draft' }).click();
    await page.getByText('fields need your attention').waitFor();
    expect(await page.locator('#game-name-error').textContent()).toContain('Required.');
    expect(await page.locator('#game-systemId-error').textContent()).toContain('Required.');
    await screenshot(page, 'gm-form-errors');

    await page.getByLabel('Name').fill(NAME);
    await page.getByLabel('System').selectOption({ label: 'D&D 5e' });
    await page.getByLabel('Virtual tabletop').selectOption({ label: 'Foundry VTT' });
    await page.getByLabel('Party size').fill('3');
    await page.getByLabel('Description').fill('Exhibits come alive after closing time.');
    await toggleChip(page, 'Comic');
    await page.getByRole('button', { name: 'Save the draft' }).click();

    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    await page.getByText('This game is a draft').waitFor();

    const sessions = page.locator('.session-list li');
    const before = await sessions.count();
    await page.getByRole('button', { name: /Add a session/ }).click();
    await page.locator('.session-form').getByRole('button', { name: 'Add a session' }).click();
    await page.getByText('Session added.').waitFor();
    await expect.poll(() => sessions.count()).toBe(before + 1);

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('Published: the game is on the board.').waitFor();
    await screenshot(page, 'gm-published');

    await navLink(page, 'Board').click();
    await page.getByRole('heading', { name: NAME }).waitFor();

    // A player takes a seat.
    const player = await stack.newPage();
    await signIn(player.page, { name: club.players[3]!.name });
    await player.page.getByRole('link', { name: NAME }).click();
    await player.page.getByRole('button', { name: 'Register' }).click();
    await player.page.getByText('You are registered.').waitFor();

    // The GM archives: the table earns its trophies.
    await page.getByRole('link', { name: NAME }).click();
    await page.locator('.player-list').getByText(club.players[3]!.name).waitFor();

    // The GM seats another member by hand, found by name.
    await page.getByLabel('Find a member').fill('Pia');
    await page
      .locator('#add-player option', { hasText: club.players[0]!.name })
      .waitFor({ state: 'attached' });
    await page.locator('#add-player').selectOption({ label: `${club.players[0]!.name} (@pia)` });
    await page
      .getByRole('form', { name: 'Add a player' })
      .getByRole('button', { name: 'Add' })
      .click();
    await page.getByText('Player added.').waitFor();
    await expect.poll(() => page.getByTestId('seat-count').textContent()).toContain('2 / 3');

    // Editing: a published game keeps its name; the party grows by one.
    await page.getByRole('link', { name: /Edit/ }).click();
    expect(await page.getByLabel('Name').isDisabled()).toBe(true);
    await page.getByLabel('Party size').fill('4');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    await expect.poll(() => page.getByTestId('seat-count').textContent()).toContain('2 / 4');

    await page.getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Archive' }).click();
    await page.getByText('Archived. Trophies have been handed out.').waitFor();

    await navLink(page, 'Trophies').click();
    await page.getByRole('button', { name: /One-shot player/ }).click();
    await page.locator('.leaderboard').getByText(club.players[3]!.name).waitFor();
    await page.locator('.leaderboard').getByText(club.players[0]!.name).waitFor();
    await screenshot(page, 'gm-leaderboard-players');
    await page.getByRole('button', { name: /One-shot GM/ }).click();
    await page.locator('.leaderboard').getByText(club.gm.name).waitFor();

    await page.goto(`/users/${club.players[3]!.id}`);
    await page.locator('.trophy-case').getByText('One-shot player').waitFor();
    await screenshot(page, 'gm-trophy-case');

    // Cloning starts a new announcement from the archived game's fields.
    await page.goto('/mine');
    await page.locator('.game-card', { hasText: NAME }).getByRole('link').click();
    await page.getByRole('link', { name: 'Clone into a new draft' }).click();
    await page.getByRole('heading', { name: 'Announce a copy of a game' }).waitFor();
    expect(await page.getByLabel('Name').inputValue()).toBe(NAME);
    expect(await page.getByLabel('Party size').inputValue()).toBe('4');
    await gm.context.close();
    await player.context.close();
  });

  it('publishing a draft dated in the past asks for confirmation first', async () => {
    const { page, context } = await stack.newPage();
    await signIn(page, { name: club.gm.name });
    await page.goto('/announce');
    await page.getByLabel('Name').fill('Yesterday Once More');
    await page.getByLabel('System').selectOption({ label: 'Pathfinder 2e' });
    await page.getByLabel('First session').fill('2024-03-01T20:00');
    await page.getByRole('button', { name: 'Save the draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Yesterday Once More' }).waitFor();

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('The first session is in the past').waitFor();
    await screenshot(page, 'gm-past-date-confirm');
    await dialog.getByRole('button', { name: 'Publish anyway' }).click();
    await page.getByText('Published: the game is on the board.').waitFor();
    await context.close();
  });
});
