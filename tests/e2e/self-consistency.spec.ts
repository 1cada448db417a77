/**
 * The self-consistency demo against values checked outside lib:
 * - n = 1: the vote is the single sample, so the accuracy is p(correct) (0.400 for the default);
 * - [0.6, 0.4], n = 3: 0.6³ + 3·0.6²·0.4 = 0.216 + 0.432 = 0.648; n = 4 gives 0.648 too (a 2–2
 *   split is broken at random) and n = 2 gives 0.36 + ½·0.48 = 0.600;
 * - the default [0.4, 0.3, 0.2, 0.1] at n = 15: 0.621856; [0.3, 0.45, 0.25] at n = 15: 0.209227
 *   and at n = 99: 0.040070 (exact enumeration of the multinomial in Python);
 * - temperature (CS324 annealing p^(1/T)): T = 0 puts every sample on the mode (1.000, or 0.000
 *   when a wrong answer is the mode), T = ∞ makes four answers equally likely (0.250 at any n),
 *   [0.4, 0.6] at T = 0.5 gives 0.16/0.52 = 0.308.
 * Bad input (sums off 1, NaN, emoji, empty, n out of range) shows a message and keeps the last
 * valid result; "Normalise" rescales; a shared link restores the state.
 */
import { expect, test, type Page } from '@playwright/test';
import { answerName } from '@/components/demos/self-consistency/model';
import { TEXT } from '@/components/demos/self-consistency/text';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

const ID = 'self-consistency';
const demoOf = (page: Page) => page.locator(`[data-demo="${ID}"]`).first();

for (const sitePath of behaviourPages(ID)) {
  const t = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];
  const field = (page: Page, i: number) =>
    demoOf(page).getByLabel(t.answerLabel(answerName(i), i === 0), { exact: true });
  const slider = (page: Page) => demoOf(page).getByRole('slider', { name: t.nSlider });
  const nField = (page: Page) => demoOf(page).getByRole('textbox', { name: t.nField });
  const readout = (page: Page) => demoOf(page).locator('output[data-readout]');
  const START = t.readout(15, '0.622', '0.400', null);

  /** Two answers, p = [0.6, 0.4], n = 3. */
  async function typeTwoAnswers(page: Page) {
    await demoOf(page).getByLabel(t.wrongCount).selectOption('1');
    await field(page, 0).fill('0.6');
    await field(page, 1).fill('0.4');
    await nField(page).fill('3');
  }

  test.describe(`${ID} on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, ID);
    });

    test('opens at n = 15 and gives p(correct) at n = 1', async ({ page }) => {
      const demo = demoOf(page);
      await expect(readout(page)).toHaveText(START);
      await expect(demo.locator('[data-mode]')).toHaveAttribute('data-mode', 'correct');
      await expect(demo.getByRole('img')).toHaveAttribute('aria-label', new RegExp('0\\.622'));
      await slider(page).focus();
      await page.keyboard.press('Home');
      await expect(slider(page)).toHaveAttribute('aria-valuetext', '1');
      await expect(nField(page)).toHaveValue('1');
      await expect(readout(page)).toHaveText(t.readout(1, '0.400', '0.400', null));
      await expect(demo).not.toContainText('NaN');
    });

    test('two answers by hand: 0.648 at n = 3 and n = 4, 0.600 at n = 2', async ({ page }) => {
      await typeTwoAnswers(page);
      await expect(readout(page)).toHaveText(t.readout(3, '0.648', '0.600', null));
      await slider(page).focus();
      await page.keyboard.press('ArrowRight');
      await expect(readout(page)).toHaveText(t.readout(4, '0.648', '0.600', null));
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await expect(readout(page)).toHaveText(t.readout(2, '0.600', '0.600', null));
    });

    test('falls toward 0 when a wrong answer is the mode', async ({ page }) => {
      const demo = demoOf(page);
      await demo.getByRole('button', { name: t.presetNames.wrongMode }).click();
      await expect(readout(page)).toHaveText(t.readout(15, '0.209', '0.300', null));
      await expect(demo.locator('[data-mode]')).toHaveText(t.mode.wrong('0.300', 'B', '0.450'));
      await slider(page).focus();
      await page.keyboard.press('End');
      await expect(readout(page)).toHaveText(t.readout(99, '0.040', '0.300', null));
    });

    test('temperature: T = 0 is one answer repeated, T = ∞ a guess', async ({ page }) => {
      const demo = demoOf(page);
      await demo.getByLabel(t.tToggle).check();
      const tSlider = demo.getByRole('slider', { name: t.tSlider });
      await expect(tSlider).toHaveAttribute('aria-valuetext', '0.5');
      await expect(demo).toContainText(t.tNote);
      await tSlider.focus();
      await page.keyboard.press('Home');
      await expect(readout(page)).toHaveText(t.readout(15, '1.000', '1.000', '0'));
      await expect(demo.locator('[data-typed-at]')).toHaveText(t.typedAt(15, '0.622'));
      await page.keyboard.press('End');
      await expect(readout(page)).toHaveText(t.readout(15, '0.250', '0.250', '∞'));

      await demo.getByRole('button', { name: t.presetNames.wrongMode }).click();
      await tSlider.focus();
      await page.keyboard.press('Home');
      await expect(readout(page)).toHaveText(t.readout(15, '0.000', '0.000', '0'));

      // CS324: [0.4, 0.6] at T = 0.5 → 0.308 / 0.692
      await demo.getByLabel(t.wrongCount).selectOption('1');
      await field(page, 0).fill('0.4');
      await field(page, 1).fill('0.6');
      await nField(page).fill('1');
      await tSlider.focus();
      await page.keyboard.press('Home');
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      await expect(tSlider).toHaveAttribute('aria-valuetext', '0.5');
      await expect(readout(page)).toHaveText(t.readout(1, '0.308', '0.308', '0.5'));
      await expect(demo.locator('[data-answer="1"] [data-annealed-prob]')).toContainText('0.692');
      await expect(demo).not.toContainText('NaN');
    });

    test('refuses bad input with a message and keeps the last valid result', async ({ page }) => {
      const demo = demoOf(page);
      const alert = demo.getByRole('alert').first();
      const nAlert = demo.getByRole('alert').nth(1);

      // dropping answers leaves a sum of 0.7; "Normalise" rescales it
      await demo.getByLabel(t.wrongCount).selectOption('1');
      await expect(alert).toContainText('answerProbs must sum to 1 (within 1e-9), got a sum of 0.7');
      await expect(field(page, 1)).toHaveAttribute('aria-invalid', 'true');
      await expect(readout(page)).toHaveText(START);
      await demo.getByRole('button', { name: t.normalise }).click();
      await expect(field(page, 0)).toHaveValue('0.571428571429');
      await expect(alert).toBeEmpty();

      await typeTwoAnswers(page);
      const hand = t.readout(3, '0.648', '0.600', null);
      await expect(readout(page)).toHaveText(hand);
      for (const bad of ['NaN', '🙂', '']) {
        await field(page, 0).fill(bad);
        await expect(field(page, 0)).toHaveAttribute('aria-invalid', 'true');
        await expect(alert).toContainText(t.kept);
        await expect(readout(page)).toHaveText(hand);
      }
      await field(page, 0).fill('1.5');
      await expect(alert).toContainText('answerProbs[0] must be in [0, 1], got 1.5');
      await field(page, 0).fill('0.6');
      await expect(alert).toBeEmpty();

      for (const n of ['150', '0', '2.5']) {
        await nField(page).fill(n);
        await expect(nAlert).toContainText(t.nRule);
        await expect(nAlert).toContainText(`n must be an integer in [1, 99], got ${n}`);
        await expect(readout(page)).toHaveText(hand);
      }
      await nField(page).fill('3');
      await expect(nAlert).toBeEmpty();
      await expect(demo).not.toContainText('NaN');
    });

    test('restores the state from the address', async ({ page }) => {
      await typeTwoAnswers(page);
      await expect(readout(page)).toHaveText(t.readout(3, '0.648', '0.600', null));
      await expect(page).toHaveURL(/[?&]sc-p=0\.6%2C0\.4(&|$)/);
      await expect(page).toHaveURL(/[?&]sc-n=3(&|$)/);
      const search = new URL(page.url()).search;

      await openDemo(page, `${sitePath}${search}`, ID);
      await expect(readout(page)).toHaveText(t.readout(3, '0.648', '0.600', null));
      await expect(field(page, 1)).toHaveValue('0.4');

      // an n out of range in a link shows the message, not a NaN
      await openDemo(page, `${sitePath}?sc-n=500`, ID);
      await expect(demoOf(page).getByRole('alert').nth(1)).toContainText(t.nRule);
      await expect(readout(page)).toHaveText(START);
    });
  });
}
