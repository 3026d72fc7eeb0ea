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

describe('the admin keeps the reference data', () => {
  it('a new system appears in the announce form; a taken name is refused next to its field', async () => {
    const { page, context } = await stack.newPage();
    await signIn(page, { name: club.admin.name });

    await navLink(page, 'Admin').click();
    const addForm = page.getByRole('form', { name: 'Add a system' });
    await addForm.getByLabel('Name').fill('D&D 5e');
    await addForm.getByRole('button', { name: /Add a system/ }).click();
    await page.getByText('That name is already taken.').first().waitFor();
    await screenshot(page, 'admin-system-taken');

    await addForm.getByLabel('Name').fill('Mothership');
    await addForm.getByLabel('Icon').fill('🚀');
    await addForm.getByRole('button', { name: /Add a system/ }).click();
    await page.getByText('Mothership added.').waitFor();
    await page.locator('.table').getByText('Mothership').waitFor();
    await screenshot(page, 'admin-system-added');

    await page.getByRole('link', { name: /Announce a game/ }).click();
    await page
      .getByLabel('System')
      .locator('option', { hasText: 'Mothership' })
      .waitFor({ state: 'attached' });
    expect(await page.getByLabel('System').locator('option').allTextContents()).toContain(
      'Mothership',
    );
    await page.getByLabel('System').selectOption({ label: 'Mothership' });
    await screenshot(page, 'admin-system-in-form');
    await context.close();
  });

  it('the audit log lists the changes to games and searches them', async () => {
    const { page, context } = await stack.newPage();
    await signIn(page, { name: club.admin.name });
    await page.goto('/games/the-dragon-of-icespire-peak-by-gideon');
    await page.getByRole('button', { name: 'Close registrations' }).click();
    await page.getByText('Registrations are closed.').first().waitFor();

    await page.goto('/admin/log');
    await page.locator('.table').getByText(club.games.dragon).first().waitFor();
    await page.getByLabel('Search the log').fill('no such entry anywhere');
    await page.getByText('Nothing in the log matches.').waitFor();
    await page.getByLabel('Search the log').fill('Icespire');
    await page.locator('.table').getByText(club.games.dragon).first().waitFor();
    await screenshot(page, 'admin-audit-log');
    await context.close();
  });

  it('an admin awards a trophy by hand and marks a member as no longer playing', async () => {
    const { page, context } = await stack.newPage();
    await signIn(page, { name: club.admin.name });

    await page.goto('/admin/trophies');
    await page.locator('#award-member').selectOption({ label: club.players[1]!.name });
    await page.locator('#award-trophy').selectOption({ label: '🩸 First blood' });
    await page.getByRole('button', { name: /Award by hand/ }).click();
    await page.getByText(`${club.players[1]!.name} earned First blood.`).waitFor();
    await screenshot(page, 'admin-trophy-awarded');

    await page.goto('/trophies');
    await page.getByRole('button', { name: /First blood/ }).click();
    await page.locator('.leaderboard').getByText(club.players[1]!.name).waitFor();

    await page.goto('/admin/users');
    const name = club.players[0]!.name;
    await page.getByRole('button', { name: `Mark as no longer playing: ${name}` }).click();
    await page.getByText(`${name} is marked as no longer playing.`).waitFor();
    const row = page.locator('tr', { hasText: name });
    await expect.poll(() => row.textContent()).toMatch(/Left on/);
    await screenshot(page, 'admin-member-inactive');
    await context.close();
  });
});
