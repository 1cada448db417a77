/**
 * The best-of-n demo, both views on the rlhf page, against hand-checkable values:
 * - KL: ln N − (N − 1)/N: N = 4 → 1.3863 − 0.75 = 0.6363; N = 6 → 1.7918 − 0.8333 = 0.9584;
 *   N = 1 → 0; N = 1,024 → 6.9315 − 0.9990 = 5.9324; N = 2 → 0.1931; N = 16 → 1.8351;
 * - over-optimisation, best-of-n α = 1, β = 0.25: R(d) = d − d²/4 peaks at d* = α/(2β) = 2
 *   (KL* = 4 nats; bestOfNKl(147) = 3.9972 < 4 ≤ bestOfNKl(148) = 4.0040) with R* = 1; at d = 5,
 *   R = 5(1 − 1.25) = −1.25; RL α = 1, β = 0.5: d* = e^(1/0.5 − 1) = e = 2.718, KL* = e² = 7.389,
 *   R* = βd* = e/2 = 1.359.
 * Bad input (N < 1 or fractional, β ≤ 0) keeps the last valid result; shared links restore a view.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { KL_TEXT, OVER_TEXT } from '@/components/demos/best-of-n/text';
import { behaviourPages, url } from './site-map';

const ID = 'best-of-n';

/** Opens `path`, scrolls to the view `tab` and waits until that instance is hydrated. */
async function openView(page: Page, path: string, tab: 'kl' | 'overoptimization'): Promise<Locator> {
  await page.goto(url(path));
  await page.evaluate(
    ([demo, view]) => {
      document
        .querySelector(`[data-demo="${demo}"] [data-tab="${view}"]`)
        ?.scrollIntoView({ block: 'center' });
    },
    [ID, tab] as const,
  );
  const root = page
    .locator(`[data-demo="${ID}"][data-hydrated]`)
    .filter({ has: page.locator(`[data-tab="${tab}"]`) });
  await expect(root).toBeVisible({ timeout: 30_000 });
  return root;
}

async function press(page: Page, control: Locator, ...keys: string[]) {
  await control.focus();
  await expect(control).toBeFocused();
  for (const key of keys) await page.keyboard.press(key);
}

for (const sitePath of behaviourPages(ID)) {
  const k = KL_TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];
  const o = OVER_TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];
  const atPeak = o.readout({
    peakD: '2',
    peakKl: '4',
    peakGold: '1',
    n: '148',
    d: '2',
    kl: '4',
    gold: '1',
    where: 'at',
  });

  test.describe(`${ID} on ${sitePath}`, () => {
    test('KL: ln N − (N − 1)/N from the slider and the field', async ({ page }) => {
      const demo = await openView(page, sitePath, 'kl');
      const readout = demo.locator('output[data-readout]');
      await expect(readout).toHaveText(k.readout({ n: '4', fraction: '3/4', kl: '0.6363', lnN: '1.3863' }));
      await expect(demo).toContainText(k.boundNote);

      const slider = demo.getByRole('slider', { name: k.slider });
      await press(page, slider, 'ArrowRight');
      await expect(readout).toHaveText(k.readout({ n: '6', fraction: '5/6', kl: '0.9584', lnN: '1.7918' }));
      await press(page, slider, 'Home');
      await expect(readout).toHaveText(k.readout({ n: '1', fraction: '0/1', kl: '0.0000', lnN: '0.0000' }));
      await press(page, slider, 'End');
      await expect(readout).toHaveText(
        k.readout({ n: '1,024', fraction: '1,023/1,024', kl: '5.9324', lnN: '6.9315' }),
      );

      await demo.getByLabel(k.nField).fill('2');
      await expect(readout).toHaveText(k.readout({ n: '2', fraction: '1/2', kl: '0.1931', lnN: '0.6931' }));
      await expect(demo).not.toContainText('NaN');
    });

    test('KL: N < 1, fractions and text keep the last valid N', async ({ page }) => {
      const demo = await openView(page, sitePath, 'kl');
      const readout = demo.locator('output[data-readout]');
      const alert = demo.getByRole('alert');
      const start = k.readout({ n: '4', fraction: '3/4', kl: '0.6363', lnN: '1.3863' });
      const field = demo.getByLabel(k.nField);

      await field.fill('0');
      await expect(alert).toHaveText(`${k.libError('n must be an integer >= 1, got 0')} ${k.kept}`);
      await expect(readout).toHaveText(start);
      await field.fill('2.5');
      await expect(alert).toContainText('n must be an integer >= 1, got 2.5');
      await field.fill('N');
      await expect(alert).toHaveText(`${k.fieldError({ kind: 'notNumber', text: 'N' })} ${k.kept}`);
      await field.fill('1e12');
      await expect(alert).toHaveText(`${k.tooLarge} ${k.kept}`);
      await expect(readout).toHaveText(start);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await field.fill('4');
      await expect(alert).toBeEmpty();
      await expect(demo).not.toContainText('NaN');
    });

    test('over-optimisation: the best-of-n peak at d* = 2 and the fall after it', async ({ page }) => {
      const demo = await openView(page, sitePath, 'overoptimization');
      const readout = demo.locator('output[data-readout]');
      await expect(readout).toHaveText(atPeak);
      await expect(demo.locator('[data-peak]')).toHaveCount(1);

      const slider = demo.getByRole('slider', { name: o.slider });
      await press(page, slider, 'End');
      await expect(readout).toHaveText(
        o.readout({
          peakD: '2',
          peakKl: '4',
          peakGold: '1',
          n: '148',
          d: '5',
          kl: '25',
          gold: '−1.25',
          where: 'after',
        }),
      );
      await press(page, slider, 'Home');
      await expect(readout).toHaveAttribute('data-where', 'before');
      await expect(demo).not.toContainText('NaN');
    });

    test('over-optimisation: the RL preset peaks at d* = e', async ({ page }) => {
      const demo = await openView(page, sitePath, 'overoptimization');
      const readout = demo.locator('output[data-readout]');
      await demo.getByRole('button', { name: o.presetNames.rlSmall }).click();
      await expect(demo.getByRole('radio', { name: o.methods.rl })).toBeChecked();
      await press(page, demo.getByRole('slider', { name: o.slider }), 'Home');
      await expect(readout).toHaveText(
        o.readout({
          peakD: '2.718',
          peakKl: '7.389',
          peakGold: '1.359',
          n: null,
          d: '0',
          kl: '0',
          gold: '0',
          where: 'before',
        }),
      );
      await expect(demo).toContainText(o.peakFormulas.rl);
    });

    test('over-optimisation: β ≤ 0 has no peak and keeps the last curve', async ({ page }) => {
      const demo = await openView(page, sitePath, 'overoptimization');
      const readout = demo.locator('output[data-readout]');
      const beta = demo.getByRole('textbox', { name: o.fields.beta });
      await beta.fill('0');
      await expect(demo.getByRole('alert')).toContainText('fit.beta must be finite and > 0');
      await expect(readout).toHaveText(atPeak);
      await expect(beta).toHaveAttribute('aria-invalid', 'true');
      await beta.fill('-1');
      await expect(demo.getByRole('alert')).toContainText('got -1');
      await beta.fill('');
      await expect(demo.getByRole('alert')).toHaveText(
        `${o.fieldError(o.fields.beta, { kind: 'empty' })} ${o.kept}`,
      );
      await beta.fill('0.25');
      await expect(demo.getByRole('alert')).toBeEmpty();
      await expect(readout).toHaveText(atPeak);
      await expect(demo).not.toContainText('NaN');
    });

    test('shared links restore each view', async ({ page }) => {
      const over = await openView(
        page,
        `${sitePath}?oo-method=rl&oo-a=1&oo-b=0.5&oo-at=0&bon-n=16`,
        'overoptimization',
      );
      await expect(over.locator('output[data-readout]')).toHaveText(
        o.readout({
          peakD: '2.718',
          peakKl: '7.389',
          peakGold: '1.359',
          n: null,
          d: '0',
          kl: '0',
          gold: '0',
          where: 'before',
        }),
      );
      const kl = page.locator(`[data-demo="${ID}"]`).filter({ has: page.locator('[data-tab="kl"]') });
      await kl.scrollIntoViewIfNeeded();
      await expect(kl.locator('output[data-readout]')).toHaveText(
        k.readout({ n: '16', fraction: '15/16', kl: '1.8351', lnN: '2.7726' }),
      );
    });
  });
}
