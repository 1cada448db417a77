/**
 * The workflow-patterns demo against hand-checkable arithmetic (per call 2 s, 1,000 tokens,
 * p = 0.9 unless said; one call on the whole task 0.7):
 * - chaining, 3 steps: 6 s, 3,000 tokens, 0.9³ = 0.729; 10 steps: 20 s, 0.9¹⁰ = 0.3487;
 * - routing: 4 s, 2,000 tokens, 0.95 × 0.9 = 0.855 (0.8 × 0.9 = 0.720 at router accuracy 0.8);
 * - sectioning into 3: 2 s, 3,000 tokens, 0.729; voting of 3: 0.9³ + 3·0.9²·0.1 = 0.972, of 2:
 *   0.81 + ½·0.18 = 0.900 (a 1–1 tie is a coin toss), of 3 at p = 0.8: 0.512 + 0.384 = 0.896;
 * - orchestrator, 3 workers, synthesiser: 6 s, 5,000 tokens, 0.9⁵ = 0.59049;
 * - evaluator–optimizer, 3 rounds, evaluator right 90%: expected rounds 1 + 0.18 + 0.0324, so
 *   4.8496 s, 2,424.8 tokens, success 0.98496; with a perfect evaluator and p = 0.5: 1 − 0.5³ =
 *   0.875, rounds 1.75, 7 s, 3,500 tokens.
 * Bad input shows lib's message naming the field and keeps the last valid result; the address
 * restores the state.
 */
import { expect, test, type Page } from '@playwright/test';
import { TEXT } from '@/components/demos/workflow-patterns/text';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

const ID = 'workflow-patterns';
const demoOf = (page: Page) => page.locator(`[data-demo="${ID}"]`).first();

for (const sitePath of behaviourPages(ID)) {
  const t = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];
  const readout = (page: Page) => demoOf(page).locator('output[data-readout]');
  const patternSelect = (page: Page) => demoOf(page).getByLabel(t.pattern, { exact: true });
  const input = (page: Page, label: string) => demoOf(page).getByRole('textbox', { name: label });
  const one = (p: string) => ['2', '1,000', p] as const;
  const CHAIN = t.readout(t.shortNames.chaining, false, '6', '3,000', '0.729', ...one('0.700'));

  /** Chaining with the default numbers, whatever `pattern` the page gave the demo. */
  async function start(page: Page) {
    await patternSelect(page).selectOption('chaining');
    await demoOf(page).getByRole('button', { name: t.restore }).click();
    await expect(readout(page)).toHaveText(CHAIN);
  }

  test.describe(`${ID} on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, ID);
      await start(page);
    });

    test('walks the five patterns from the keyboard', async ({ page }) => {
      const demo = demoOf(page);
      await expect(demo.locator('[data-diagram]')).toHaveAttribute('data-diagram', 'chaining');
      await patternSelect(page).focus();
      await page.keyboard.press('ArrowDown');
      await expect(readout(page)).toHaveText(
        t.readout(t.shortNames.routing, false, '4', '2,000', '0.855', ...one('0.700')),
      );
      await expect(demo.locator('[data-diagram]')).toHaveAttribute('data-diagram', 'routing');
      await page.keyboard.press('ArrowDown');
      await expect(readout(page)).toHaveText(
        t.readout(t.parallelName(t.modeShort.sectioning), false, '2', '3,000', '0.729', ...one('0.700')),
      );
      await page.keyboard.press('ArrowDown');
      await expect(readout(page)).toHaveText(
        t.readout(t.shortNames['orchestrator-workers'], false, '6', '5,000', '0.590', ...one('0.700')),
      );
      await page.keyboard.press('ArrowDown');
      await expect(readout(page)).toHaveText(
        t.readout(t.shortNames['evaluator-optimizer'], true, '4.85', '2,425', '0.985', ...one('0.900')),
      );
      await expect(demo.locator('[data-loop]')).toContainText(t.loopRounds('1.212', 3));
      await expect(demo.locator('[data-loop]')).toContainText(t.loopWorst('12', '6,000'));
      await expect(demo).not.toContainText('NaN');
    });

    test('votes, long chains and a perfect evaluator by hand', async ({ page }) => {
      const demo = demoOf(page);
      await input(page, t.fields.steps).fill('10');
      await expect(readout(page)).toHaveText(
        t.readout(t.shortNames.chaining, false, '20', '10,000', '0.349', ...one('0.700')),
      );

      await patternSelect(page).selectOption('parallelization');
      await demo.getByLabel(t.mode, { exact: true }).selectOption('voting');
      const voting = t.parallelName(t.modeShort.voting);
      await expect(readout(page)).toHaveText(
        t.readout(voting, false, '2', '3,000', '0.972', ...one('0.900')),
      );
      await expect(demo).toContainText(t.baselineSame.voting);
      await input(page, t.fields.workers).fill('2');
      await expect(readout(page)).toHaveText(
        t.readout(voting, false, '2', '2,000', '0.900', ...one('0.900')),
      );
      await input(page, t.fields.workers).fill('3');
      await input(page, t.fields.success).fill('0.8');
      await expect(readout(page)).toHaveText(
        t.readout(voting, false, '2', '3,000', '0.896', ...one('0.800')),
      );

      await patternSelect(page).selectOption('evaluator-optimizer');
      await input(page, t.fields.success).fill('0.5');
      await input(page, t.fields.judge).fill('1');
      await expect(readout(page)).toHaveText(
        t.readout(t.shortNames['evaluator-optimizer'], true, '7', '3,500', '0.875', ...one('0.500')),
      );
      await expect(demo.locator('[data-loop]')).toContainText(t.loopRounds('1.75', 3));
      await expect(demo).not.toContainText('NaN');
    });

    test('names the bad field and keeps the last valid result', async ({ page }) => {
      const demo = demoOf(page);
      const alert = demo.getByRole('alert');
      const success = input(page, t.fields.success);
      await success.fill('1.5');
      await expect(alert).toContainText('call.success must be in [0, 1], got 1.5');
      await expect(alert).toContainText(t.kept);
      await expect(success).toHaveAttribute('aria-invalid', 'true');
      await expect(readout(page)).toHaveText(CHAIN);
      for (const bad of ['abc', '🙂', '']) {
        await success.fill(bad);
        await expect(success).toHaveAttribute('aria-invalid', 'true');
        await expect(alert).toContainText(t.kept);
        await expect(readout(page)).toHaveText(CHAIN);
      }
      await success.fill('0.9');
      await expect(alert).toBeEmpty();

      const steps = input(page, t.fields.steps);
      for (const bad of ['0', '2.5', '1e400']) {
        await steps.fill(bad);
        await expect(alert).toContainText('steps must be an integer in [1, 100]');
        await expect(readout(page)).toHaveText(CHAIN);
      }
      await steps.fill('3');
      await input(page, t.fields.latency).fill('-1');
      await expect(alert).toContainText('call.latency must be in [0, 3600] seconds, got -1');
      await input(page, t.fields.latency).fill('2');

      await patternSelect(page).selectOption('routing');
      const routed = t.readout(t.shortNames.routing, false, '4', '2,000', '0.855', ...one('0.700'));
      await expect(readout(page)).toHaveText(routed);
      await input(page, t.fields.router).fill('2');
      await expect(alert).toContainText('routerAccuracy must be in [0, 1], got 2');
      await expect(input(page, t.fields.router)).toHaveAttribute('aria-invalid', 'true');
      await expect(readout(page)).toHaveText(routed);
      await input(page, t.fields.router).fill('0.95');
      await expect(alert).toBeEmpty();
      await expect(demo).not.toContainText('NaN');
    });

    test('restores the state from the address', async ({ page }) => {
      await patternSelect(page).selectOption('routing');
      await input(page, t.fields.router).fill('0.8');
      const routed = t.readout(t.shortNames.routing, false, '4', '2,000', '0.720', ...one('0.700'));
      await expect(readout(page)).toHaveText(routed);
      await expect(page).toHaveURL(/[?&]wf-pattern=routing(&|$)/);
      await expect(page).toHaveURL(/[?&]wf-r=0\.8(&|$)/);
      const written = new URL(page.url());
      const owner = written.searchParams.get('wf-for') ?? 'chaining';

      await openDemo(page, `${sitePath}${written.search}`, ID);
      await expect(readout(page)).toHaveText(routed);
      await expect(input(page, t.fields.router)).toHaveValue('0.8');

      // a step count out of range in a link shows the message, not a NaN
      await openDemo(page, `${sitePath}?wf-for=${owner}&wf-pattern=chaining&wf-n=500`, ID);
      await expect(demoOf(page).getByRole('alert')).toContainText(
        'steps must be an integer in [1, 100], got 500',
      );
      await expect(demoOf(page)).not.toContainText('NaN');
    });
  });
}
