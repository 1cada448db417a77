/**
 * The PPO-clip demo against hand-checkable values of L = min(r·A, clip(r, 1 − ε, 1 + ε)·A):
 * - ε = 0.2, A = 1, r = 1.5: min(1.5, 1.2) = 1.2, flat, ∂L/∂r = 0;
 * - ε = 0.2, A = −1, r = 1.5: min(−1.5, −1.2) = −1.5, not clipped, ∂L/∂r = −1;
 * - ε = 0.2, A = −1, r = 0.5: min(−0.5, −0.8) = −0.8, flat; with ε = 0.1: min(−0.5, −0.9) = −0.9;
 * - ε = 0.2, A = 1, r = 1.2 (the kink): L = 1.2, and autograd through torch.clamp still gives A = 1;
 * - A = 2.5, r = 1: L = 2.5, ∂L/∂r = 2.5.
 * Bad input keeps the last valid result; a shared link restores the state.
 */
import { expect, test, type Page } from '@playwright/test';
import { TEXT } from '@/components/demos/ppo-clip/text';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

const ID = 'ppo-clip';
const demoOf = (page: Page) => page.locator(`[data-demo="${ID}"]`).first();
const MINUS = '\u2212';

for (const sitePath of behaviourPages(ID)) {
  const t = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];

  test.describe(`${ID} on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, ID);
    });

    test('opens flat past 1 + ε and flips to an unclipped bad token', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      await expect(readout).toHaveText(t.readout('1.50', '1', '0.2', '1.2000', '0'));
      await expect(demo.locator('[data-status]')).toContainText(t.badges.none);
      await expect(demo.locator('[data-panel="pos"]')).toHaveAttribute('data-current', '');

      await demo.getByRole('button', { name: t.flip }).click();
      await expect(demo.getByLabel(t.fields.adv)).toHaveValue('-1');
      await expect(readout).toHaveText(
        t.readout('1.50', `${MINUS}1`, '0.2', `${MINUS}1.5000`, `${MINUS}1.0000`),
      );
      await expect(demo.locator('[data-status]')).toContainText(t.badges.down);
      await expect(demo.locator('[data-status]')).toContainText(t.states.neg.worse);
      await expect(demo.locator('[data-panel="neg"]')).toHaveAttribute('data-current', '');
      await expect(demo).not.toContainText('NaN');
    });

    test('the ratio and ε sliders and presets work from the keyboard', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      await demo.getByRole('button', { name: t.flip }).click();

      const ratio = demo.getByRole('slider', { name: t.ratioSlider });
      await ratio.focus();
      await page.keyboard.press('Home');
      await expect(ratio).toHaveAttribute('aria-valuetext', '0.00');
      // r = 0, A = −1: min(0, −0.8) = −0.8
      await expect(readout).toHaveText(t.readout('0.00', `${MINUS}1`, '0.2', `${MINUS}0.8000`, '0'));
      for (let i = 0; i < 50; i++) await page.keyboard.press('ArrowRight');
      await expect(ratio).toHaveAttribute('aria-valuetext', '0.50');
      await expect(readout).toHaveText(t.readout('0.50', `${MINUS}1`, '0.2', `${MINUS}0.8000`, '0'));
      await expect(demo.locator('[data-status]')).toContainText(t.states.neg.flat);

      await demo.getByRole('button', { name: t.epsPresetNames['0.1'] }).click();
      await expect(readout).toHaveText(t.readout('0.50', `${MINUS}1`, '0.1', `${MINUS}0.9000`, '0'));

      const eps = demo.getByRole('slider', { name: t.epsSlider });
      await eps.focus();
      await page.keyboard.press('End');
      await expect(eps).toHaveAttribute('aria-valuetext', '0.5');
      // ε = 0.5: r = 0.5 is the kink 1 − ε of the bad side; the two terms tie at −0.5, gradient A
      await expect(readout).toHaveText(
        t.readout('0.50', `${MINUS}1`, '0.5', `${MINUS}0.5000`, `${MINUS}1.0000`),
      );
      await expect(demo.locator('[data-status]')).toContainText(t.states.neg.kink);
      await expect(demo).not.toContainText('NaN');
    });

    test('the kink 1 + ε still passes the gradient; a typed A scales it', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      const ratio = demo.getByRole('slider', { name: t.ratioSlider });
      await ratio.focus();
      for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowLeft');
      await expect(ratio).toHaveAttribute('aria-valuetext', '1.20');
      await expect(readout).toHaveText(t.readout('1.20', '1', '0.2', '1.2000', '1.0000'));
      await expect(demo.locator('[data-status]')).toContainText(t.states.pos.kink);
      await page.keyboard.press('ArrowRight');
      await expect(readout).toHaveText(t.readout('1.21', '1', '0.2', '1.2000', '0'));

      for (let i = 0; i < 21; i++) await page.keyboard.press('ArrowLeft');
      await demo.getByLabel(t.fields.adv).fill('2.5');
      // r = 1: L = 2.5, ∂L/∂r = A = 2.5
      await expect(readout).toHaveText(t.readout('1.00', '2.5', '0.2', '2.5000', '2.5000'));
      await expect(demo.locator('[data-status]')).toContainText(t.states.pos.inside);
    });

    test('refuses bad input with a message and keeps the last valid result', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      const alert = demo.getByRole('alert');
      const valid = t.readout('1.50', '1', '0.2', '1.2000', '0');
      const eps = demo.getByLabel(t.fields.eps);

      await eps.fill('1');
      await expect(alert).toContainText(t.rules.eps);
      await expect(alert).toContainText('epsilon must be in (0, 1), got 1');
      await expect(eps).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toHaveText(valid);
      await eps.fill('0');
      await expect(alert).toContainText(t.rules.eps);
      await eps.fill('');
      await expect(alert).toContainText(t.fieldError(t.fields.eps, { kind: 'empty' }));
      await eps.fill('abc');
      await expect(alert).toContainText(t.fieldError(t.fields.eps, { kind: 'notNumber', text: 'abc' }));
      await eps.fill('0.2');
      await expect(alert).toBeEmpty();

      const adv = demo.getByLabel(t.fields.adv);
      await adv.fill('0');
      await expect(alert).toContainText(t.zero);
      await expect(readout).toHaveText(valid);
      await adv.fill('1e400');
      await expect(alert).toContainText(t.rules.adv);
      await adv.fill('🙂');
      await expect(alert).toContainText(t.fieldError(t.fields.adv, { kind: 'notNumber', text: '🙂' }));
      await expect(readout).toHaveText(valid);
      await adv.fill('1');
      await expect(alert).toBeEmpty();
      await expect(demo).not.toContainText('NaN');
    });

    test('restores the state from the address', async ({ page }) => {
      const demo = demoOf(page);
      await demo.getByRole('button', { name: t.flip }).click();
      await demo.getByRole('button', { name: t.epsPresetNames['0.3'] }).click();
      await expect(page).toHaveURL(/[?&]ppo-adv=-1(&|$)/);
      await expect(page).toHaveURL(/[?&]ppo-eps=0\.3(&|$)/);
      const search = new URL(page.url()).search;

      await openDemo(page, `${sitePath}${search}`, ID);
      // A = −1, r = 1.5, ε = 0.3: min(−1.5, −1.3) = −1.5, gradient −1
      await expect(demoOf(page).locator('output[data-readout]')).toHaveText(
        t.readout('1.50', `${MINUS}1`, '0.3', `${MINUS}1.5000`, `${MINUS}1.0000`),
      );
    });
  });
}
