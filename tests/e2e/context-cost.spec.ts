/**
 * The context-cost demo against hand arithmetic (lib/agents/context-cost.ts conventions: step i
 * sends s plus the kept history; with caching a call reads the longest earlier prompt that is its
 * prefix at 0.1 × the input price and writes the rest at 1.25 ×):
 * - opening task s = 2000, t = 500, 100 output tokens, n = 20, $5 in / $25 out per million:
 *   full history 20·2000 + 500·190 = 135,000 input tokens → 0.675 + 2,000·25e-6 = $0.7250;
 *   4-step window 2000 + 2500 + 3000 + 3500 + 15·4000 = 75,000 → $0.4250;
 *   with caching full history reads 123,500 (fresh 11,500): 26,725·5e-6 + 0.05 = $0.1836, while the
 *   window reads only 41,000 (fresh 34,000): 46,600·5e-6 + 0.05 = $0.2830 — the window now costs more;
 * - hand example s = 1000, t = 500, n = 10, $4 / $10: full history Σ(1000 + 500(i − 1)) = 32,500
 *   tokens → 0.13 + 0.01 = $0.1400; window w = 3: 22,000 → $0.0980; summary every 4 steps into 300
 *   tokens: 18,300 + summariser calls 3,000 + 3,300 = 24,600 input, 1,600 output → $0.1144.
 * Bad input shows a message and keeps the last valid result; a shared link restores the state.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Field } from '@/components/demos/context-cost/model';
import { TEXT } from '@/components/demos/context-cost/text';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

/** An accessible name that starts with `label` (each field's label is followed by its unit hint). */
const startsWith = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

const ID = 'context-cost';
const demoOf = (page: Page) => page.locator(`[data-demo="${ID}"]`).first();

for (const sitePath of behaviourPages(ID)) {
  const t = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];
  const field = (page: Page, f: Field) =>
    demoOf(page).getByRole('textbox', { name: startsWith(t.fields[f]) });
  const OPENING = t.readout(t.policies.window, '75,000', null, '$0.4250', '135,000', '$0.7250');
  const HAND_FULL = t.readoutFull('32,500', null, '$0.1400');

  /** s = 1000, t = 500, 100 output tokens, n = 10, w = 3, e = 4, σ = 300, $4 / $10, full history. */
  async function typeHandExample(page: Page) {
    const values: [Field, string][] = [
      ['system', '1000'],
      ['step', '500'],
      ['output', '100'],
      ['steps', '10'],
      ['window', '3'],
      ['every', '4'],
      ['summary', '300'],
      ['priceIn', '4'],
      ['priceOut', '10'],
    ];
    for (const [f, value] of values) await field(page, f).fill(value);
    await demoOf(page).getByLabel(t.policy, { exact: true }).selectOption('full');
  }

  test.describe(`${ID} on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, ID);
    });

    test('opens on a 4-step window; with caching full history becomes the cheaper one', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      await expect(readout).toHaveText(OPENING);
      await expect(demo.locator('[data-peak]')).toHaveText(t.peak('4,000', '11,500'));
      await expect(demo.locator('[data-line]')).toHaveCount(3);

      // the caching switch from the keyboard
      const caching = demo.getByRole('checkbox', { name: t.caching });
      await caching.focus();
      await page.keyboard.press('Space');
      await expect(caching).toBeChecked();
      await expect(readout).toHaveText(
        t.readout(t.policies.window, '75,000', '41,000', '$0.2830', '135,000', '$0.1836'),
      );
      await expect(demo.locator('[data-cache-note]')).toHaveText(t.cacheNotes.anthropic5m);
      await expect(demo.locator('[data-bars="cached"]')).toHaveCount(1);

      // the policy select from the keyboard: window → full history
      const policy = demo.getByLabel(t.policy, { exact: true });
      await policy.focus();
      await page.keyboard.press('ArrowUp');
      await expect(policy).toHaveValue('full');
      await expect(readout).toHaveText(t.readoutFull('135,000', '123,500', '$0.1836'));
      await expect(demo.locator('[data-peak]')).toHaveText(t.peak('11,500', '11,500'));
      await expect(demo).not.toContainText('NaN');
    });

    test('the hand example: 32,500 tokens under full history, and the other policies', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      await typeHandExample(page);
      await expect(readout).toHaveText(HAND_FULL);

      const policy = demo.getByLabel(t.policy, { exact: true });
      await policy.selectOption('window');
      await expect(readout).toHaveText(
        t.readout(t.policies.window, '22,000', null, '$0.0980', '32,500', '$0.1400'),
      );

      await policy.selectOption('summary');
      await expect(readout).toHaveText(
        t.readout(t.policies.summary, '24,600', null, '$0.1144', '32,500', '$0.1400'),
      );
      // two summariser calls: after steps 4 and 8 (3,000 and 3,300 input, 300 output each)
      await expect(demo.locator('[data-summary-calls]')).toHaveText(
        t.summaryCalls('2', '6,300', '600', '$0.0312'),
      );

      // caching on: the window reads 10,500 and costs more than full history with caching
      await demo.getByRole('checkbox', { name: t.caching }).check();
      await policy.selectOption('window');
      await expect(readout).toHaveText(
        t.readout(t.policies.window, '22,000', '10,500', '$0.0717', '32,500', '$0.0483'),
      );
      // OpenAI gpt-4o's factors: half-price reads, no write fee
      await demo.getByRole('button', { name: t.cachePresetNames.openaiGpt4o }).click();
      await expect(field(page, 'readFactor')).toHaveValue('0.5');
      await expect(field(page, 'writeFactor')).toHaveValue('1');
      await expect(demo.locator('[data-cache-note]')).toHaveText(t.cacheNotes.openaiGpt4o);
      await expect(readout).toHaveText(
        t.readout(t.policies.window, '22,000', '10,500', '$0.0770', '32,500', '$0.0860'),
      );
      await expect(demo).not.toContainText('NaN');
    });

    test('refuses bad input with a message and keeps the last valid result', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      const alert = demo.getByRole('alert');
      await typeHandExample(page);
      await expect(readout).toHaveText(HAND_FULL);

      await field(page, 'step').fill('🙂');
      await expect(alert).toContainText(t.fieldError(t.fields.step, { kind: 'notNumber', text: '🙂' }));
      await expect(alert).toContainText(t.kept);
      await expect(field(page, 'step')).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toHaveText(HAND_FULL);

      await field(page, 'step').fill('');
      await expect(alert).toContainText(t.fieldError(t.fields.step, { kind: 'empty' }));
      await expect(readout).toHaveText(HAND_FULL);

      // the model's output is part of the step's record, so it cannot exceed t
      await field(page, 'step').fill('50');
      await expect(alert).toContainText('outputTokens must be <= stepTokens');
      await expect(field(page, 'output')).toHaveAttribute('aria-invalid', 'true');
      await expect(field(page, 'step')).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toHaveText(HAND_FULL);
      await field(page, 'step').fill('500');

      await field(page, 'steps').fill('2.5');
      await expect(alert).toContainText('steps must be an integer in [1, 10000], got 2.5');
      await field(page, 'steps').fill('5000');
      await expect(alert).toContainText(t.tooManySteps('1,000'));
      await field(page, 'window').fill('-1');
      await field(page, 'steps').fill('10');
      await expect(alert).toContainText('policy.window must be an integer in [1, 10000], got -1');
      await expect(readout).toHaveText(HAND_FULL);
      await field(page, 'window').fill('3');
      await field(page, 'readFactor').fill('1.5');
      await expect(alert).toContainText('caching.readFactor must be in [0, 1], got 1.5');
      await field(page, 'readFactor').fill('0.1');
      await expect(alert).toBeEmpty();
      await expect(readout).toHaveText(HAND_FULL);
      await expect(demo).not.toContainText('NaN');
    });

    test('restores the state from the address', async ({ page }) => {
      await typeHandExample(page);
      await demoOf(page).getByLabel(t.policy, { exact: true }).selectOption('summary');
      const summary = t.readout(t.policies.summary, '24,600', null, '$0.1144', '32,500', '$0.1400');
      await expect(demoOf(page).locator('output[data-readout]')).toHaveText(summary);
      await expect(page).toHaveURL(/[?&]cc2-s=1000(&|$)/);
      await expect(page).toHaveURL(/[?&]cc2-p=summary(&|$)/);
      const search = new URL(page.url()).search;

      await openDemo(page, `${sitePath}${search}`, ID);
      await expect(demoOf(page).locator('output[data-readout]')).toHaveText(summary);
      await expect(field(page, 'summary')).toHaveValue('300');
    });
  });
}
