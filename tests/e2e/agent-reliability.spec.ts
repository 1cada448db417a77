/**
 * The agent-reliability demo against hand-checkable arithmetic:
 * - n = 8, c = 6, k = 4 (the default): pass^4 = C(6,4)/C(8,4) = 15/70 = 0.2143; pass@4 = 1 (n − c = 2 < 4);
 * - n = 10, c = 5, k = 2: pass^2 = C(5,2)/C(10,2) = 10/45 = 0.2222; pass@2 = 1 − 10/45 = 0.7778;
 *   at k = 1 both are c/n = 0.5;
 * - 20 steps of 0.95: 0.95^20 = 0.3585, expected calls (1 − 0.95^20)/0.05 = 12.83; with one retry
 *   per step 1 − 0.05² = 0.9975 and 0.9975^20 = 0.9512, calls 1.05·(1 − 0.9975^20)/0.0025 = 20.51, at most 40;
 * - p = 0.9: 0.9^20 = 0.1216, calls (1 − 0.9^20)/0.1 = 8.78; 100 steps: 0.9^100 = 0.0000266, calls 10.00;
 * - the list 0.9, 0.8, 0.5 with one retry: 0.99 · 0.96 · 0.75 = 0.7128 (0.36 without),
 *   calls 1.1 + 0.99·1.2 + 0.9504·1.5 = 3.71 (2.62 without), at most 6.
 * Bad input shows a message and keeps the last valid result; the address restores the state.
 */
import { expect, test, type Page } from '@playwright/test';
import { TEXT } from '@/components/demos/agent-reliability/text';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

const ID = 'agent-reliability';
const demoOf = (page: Page) => page.locator(`[data-demo="${ID}"]`).first();

/** An accessible name that starts with `label` (the p field appends its hint). */
const startsWith = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

for (const sitePath of behaviourPages(ID)) {
  const t = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];
  const DEFAULT_CHAIN = t.chainReadout(20, 1, '0.3585', '0.9512', '12.83', '20.51', 40);
  const LIST_RETRY = t.chainReadout(3, 1, '0.3600', '0.7128', '2.62', '3.71', 6);

  test.describe(`${ID} on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, ID);
    });

    test('opens on 6 of 8 at k = 4 and 20 steps of 0.95 with one retry', async ({ page }) => {
      const demo = demoOf(page);
      await expect(demo.locator('output[data-readout]')).toHaveText(t.passReadout(4, '1.0000', '0.2143'));
      await expect(demo.locator('[data-pass-note]')).toHaveText(t.atOne);
      await expect(demo.locator('output[data-chain-readout]')).toHaveText(DEFAULT_CHAIN);
      await expect(demo.locator('[data-step-line]')).toHaveText(t.stepLine('0.9500', '0.9975', 1));
      await expect(demo.getByRole('img').first()).toHaveAttribute('aria-label', /n = 8/);
      await expect(demo).toContainText(t.assumption);
      await expect(demo).not.toContainText('NaN');
    });

    test('pass@k and pass^k from the keyboard, with a visible clamp', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      await demo.getByRole('button', { name: t.coin, exact: true }).click();
      await expect(readout).toHaveText(t.passReadout(2, '0.7778', '0.2222'));

      const k = demo.getByLabel(t.k, { exact: true });
      await k.focus();
      await page.keyboard.press('ArrowLeft');
      await expect(k).toHaveAttribute('aria-valuetext', '1');
      await expect(readout).toHaveText(t.passReadout(1, '0.5000', '0.5000'));
      await expect(demo.locator('[data-pass-note]')).toHaveText(t.k1);

      // k = n = 10 with c = 5: pass^10 = 0, pass@10 = 1
      await page.keyboard.press('End');
      await expect(readout).toHaveText(t.passReadout(10, '1.0000', '0.0000'));

      const n = demo.getByLabel(t.n, { exact: true });
      await n.focus();
      await page.keyboard.press('Home');
      await expect(demo.locator('p[role="status"]')).toHaveText(
        `${t.clamp('c', 5, 1)} ${t.clamp('k', 10, 1)}`,
      );
      await expect(readout).toHaveText(t.passReadout(1, '1.0000', '1.0000'));
      await expect(demo).toContainText(t.kFixed);
      await expect(demo).not.toContainText('NaN');
    });

    test('compounding over steps from the keyboard', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-chain-readout]');
      const r = demo.getByLabel(t.r, { exact: true });
      await r.focus();
      await page.keyboard.press('ArrowLeft');
      await expect(readout).toHaveText(t.chainReadout(20, 0, '0.3585', '0.3585', '12.83', '12.83', 20));

      await demo.getByRole('textbox', { name: startsWith(t.p) }).fill('0.9');
      await expect(readout).toHaveText(t.chainReadout(20, 0, '0.1216', '0.1216', '8.78', '8.78', 20));

      const m = demo.getByLabel(t.m, { exact: true });
      await m.focus();
      await page.keyboard.press('End');
      await expect(m).toHaveAttribute('aria-valuetext', '100');
      await expect(readout).toHaveText(t.chainReadout(100, 0, '0.0000', '0.0000', '10.00', '10.00', 100));
      await expect(demo).not.toContainText('NaN');
    });

    test('refuses bad input with a message and keeps the last valid result', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-chain-readout]');
      const alert = demo.getByRole('alert');
      const p = demo.getByRole('textbox', { name: startsWith(t.p) });

      await p.fill('');
      await expect(alert).toHaveText(`${t.pError({ kind: 'empty' })} ${t.kept}`);
      await expect(p).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toHaveText(DEFAULT_CHAIN);
      await p.fill('abc');
      await expect(alert).toHaveText(`${t.pError({ kind: 'notNumber', text: 'abc' })} ${t.kept}`);
      await p.fill('🙂');
      await expect(alert).toContainText(t.kept);
      await p.fill('1.5');
      await expect(alert).toHaveText(`${t.libError('p', 'p must be in [0, 1], got 1.5')} ${t.kept}`);
      await expect(readout).toHaveText(DEFAULT_CHAIN);
      await p.fill('0.95');
      await expect(alert).toBeEmpty();

      // a list, one entry per step
      await demo.getByRole('radio', { name: t.modes.list }).check();
      const list = demo.getByRole('textbox', { name: startsWith(t.list) });
      await list.fill('0.9, 🙂');
      await expect(alert).toHaveText(`${t.listError({ kind: 'notNumber', index: 1, text: '🙂' })} ${t.kept}`);
      await list.fill('0.9 1.2');
      await expect(alert).toHaveText(
        `${t.libError('list', 'stepProbs[1] must be in [0, 1], got 1.2')} ${t.kept}`,
      );
      await list.fill('   ');
      await expect(alert).toHaveText(`${t.listError({ kind: 'empty' })} ${t.kept}`);
      await list.fill('0.9, 0.8, 0.5');
      await expect(alert).toBeEmpty();
      await expect(readout).toHaveText(LIST_RETRY);
      await expect(demo).not.toContainText('NaN');
    });

    test('restores both parts from the address', async ({ page }) => {
      const demo = demoOf(page);
      await demo.getByRole('button', { name: t.coin, exact: true }).click();
      await demo.getByRole('radio', { name: t.modes.list }).check();
      await demo.getByRole('textbox', { name: startsWith(t.list) }).fill('0.9, 0.8, 0.5');
      await expect(demo.locator('output[data-chain-readout]')).toHaveText(LIST_RETRY);
      await expect(page).toHaveURL(/[?&]rel-n=10(&|$)/);
      await expect(page).toHaveURL(/[?&]rel-k=2(&|$)/);
      await expect(page).toHaveURL(/[?&]rel-mode=list(&|$)/);
      const search = new URL(page.url()).search;

      await openDemo(page, `${sitePath}${search}`, ID);
      await expect(demoOf(page).locator('output[data-readout]')).toHaveText(
        t.passReadout(2, '0.7778', '0.2222'),
      );
      await expect(demoOf(page).locator('output[data-chain-readout]')).toHaveText(LIST_RETRY);
    });
  });
}
