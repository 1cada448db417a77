/**
 * The elo-arena demo: online Elo against Bradley–Terry on its presets, order effects (reverse and
 * a seeded shuffle, computed not hard-coded), adding and removing battles, and bad input kept off
 * the screen (a model against itself, more than 200 battles).
 */
import { expect, test } from '@playwright/test';
import { TEXT } from '@/components/demos/elo-arena/text';
import { behaviourPages } from './site-map';
import { openDemo } from './open-demo';

for (const sitePath of behaviourPages('elo-arena')) {
  const t = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];

  test.describe(`elo-arena on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, 'elo-arena');
    });

    test('reproduces the interview example and shows the order effect', async ({ page }) => {
      const demo = page.locator('[data-demo="elo-arena"]');
      const readout = demo.locator('output[data-readout]');
      await expect(readout).toContainText('Elo: Alpha 1006 · Bravo 1000 · Charlie 994 — BT: ');

      // A beats B, then B beats A, K = 32: 1016/984, then B gains 32·0.5459 → A 998.53, B 1001.47
      await demo.getByRole('button', { name: t.split }).click();
      await expect(demo.locator('input[type="range"]').first()).toHaveAttribute('aria-valuetext', '32');
      await expect(readout).toHaveText('Elo: Alpha 999 · Bravo 1001 — BT: Alpha 1000 · Bravo 1000');
      await demo.getByRole('button', { name: t.reversed }).click();
      await expect(readout).toHaveText('Elo: Alpha 1001 · Bravo 999 — BT: Alpha 1000 · Bravo 1000');
      await expect(demo).toContainText(t.moved('Elo', 'Bravo > Alpha', 'Alpha > Bravo'));

      await demo.getByRole('button', { name: t.order }).click();
      await expect(demo).toContainText(t.tryOrder);
      await demo.getByRole('button', { name: t.reversed }).click();
      await expect(demo).toContainText(
        t.moved('Elo', 'Alpha > Charlie > Delta > Bravo', 'Alpha > Delta > Charlie > Bravo'),
      );
      await expect(demo).toContainText(t.same('BT', 'Alpha > Delta > Charlie > Bravo'));
    });

    test('shuffles deterministically from a seed', async ({ page }) => {
      const demo = page.locator('[data-demo="elo-arena"]');
      const readout = demo.locator('output[data-readout]');
      const seed = demo.locator('input[type="range"]').nth(1);
      await demo.getByRole('button', { name: t.order }).click();
      await seed.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect(seed).toHaveAttribute('aria-valuetext', '3');
      await demo.getByRole('button', { name: t.shuffle }).click();
      await expect(demo).toContainText(t.shuffled(3));
      await expect(demo).toContainText(t.same('BT', 'Alpha > Delta > Charlie > Bravo'));
      const once = await readout.innerText();

      await demo.getByRole('button', { name: t.original }).click();
      await expect(demo).toContainText(t.tryOrder);
      await demo.getByRole('button', { name: t.shuffle }).click();
      await expect(readout).toHaveText(once);

      // Once shuffled, the seed slider reshuffles live.
      await seed.focus();
      await page.keyboard.press('ArrowRight');
      await expect(demo).toContainText(t.shuffled(4));
      await expect(demo).not.toContainText('NaN');
    });

    test('adds and removes battles, refusing self-battles and more than 200', async ({ page }) => {
      const demo = page.locator('[data-demo="elo-arena"]');
      const readout = demo.locator('output[data-readout]');
      const rows = demo.getByRole('region').locator('tbody tr');
      const addError = demo.getByRole('alert');
      await expect(rows).toHaveCount(12);

      await demo.getByLabel(t.a).selectOption('Alpha');
      await demo.getByLabel(t.b).selectOption('Alpha');
      await expect(demo).toContainText(t.self('Alpha'));
      await demo.getByRole('button', { name: t.addBtn, exact: true }).click();
      await expect(addError).toHaveText(t.self('Alpha'));
      await expect(rows).toHaveCount(12);

      await demo.getByLabel(t.a).selectOption('Charlie');
      await demo.getByLabel(t.b).selectOption('Delta');
      await demo.getByLabel(t.wins('Delta')).check();
      await expect(addError).toBeEmpty();
      await expect(demo).toContainText(/Elo 0\.\d{3}/);
      await demo.getByRole('button', { name: t.addBtn, exact: true }).click();
      await expect(rows).toHaveCount(13);
      await expect(readout).toContainText('Delta');

      await demo.getByRole('button', { name: t.removeBtn }).click();
      await expect(rows).toHaveCount(12);
      await expect(readout).not.toContainText('Delta');

      const add = demo.getByRole('button', { name: t.addBtn, exact: true });
      for (let i = 12; i < 200; i++) await add.click();
      await expect(rows).toHaveCount(200);
      await add.click();
      await expect(addError).toHaveText(t.tooMany(200));
      await expect(rows).toHaveCount(200);
      await expect(demo).not.toContainText('NaN');
    });
  });
}
