/**
 * The ReAct stepper against hand-checkable arithmetic and lib's messages:
 * - the calculator chain: 8 · 3 = 24, 24 · 2.5 = 60, then the final answer at turn 3 of 3;
 * - hostile calculator input (`constructor`, `__proto__`, `alert(1)`, 10,000 nested parentheses)
 *   and a hostile tool name each come back as a clear error observation — nothing runs, no dialog
 *   opens, the run ends normally;
 * - the loop stops at LangChain's default step limit of 15 (or when the script runs out);
 * - the injected instruction in a tool result stays quoted data; the glossary downloads on demand;
 * - bad step limits and an empty script show a message and keep the last run; a link restores the turn.
 * The first stepper on the page is used; its preset buttons set every preset.
 */
import { expect, test, type Page } from '@playwright/test';
import { DOCUMENTS, PRESETS } from '@/components/demos/react-stepper/presets';
import { TEXT } from '@/components/demos/react-stepper/text';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

const ID = 'react-stepper';
const demoOf = (page: Page) => page.locator(`[data-demo="${ID}"]`).first();
const TOOLS = 'calculator, glossary_lookup, read_document';
const step = (action: string, input: string) => `Thought: try it\nAction: ${action}\nAction Input: ${input}`;
const lastAnswer = (steps: readonly string[]) =>
  (steps[steps.length - 1] ?? '').split('Final Answer: ')[1] ?? '';

for (const sitePath of behaviourPages(ID)) {
  const locale = sitePath.startsWith('/zh/') ? 'zh' : 'en';
  const t = TEXT[locale];
  const readout = (page: Page) => demoOf(page).locator('output[data-readout]');
  const button = (page: Page, action: 'step' | 'run' | 'reset') =>
    demoOf(page).locator(`button[data-action="${action}"]`);
  const preset = (page: Page, key: keyof typeof t.presetNames) =>
    demoOf(page).getByRole('button', { name: t.presetNames[key], exact: true });
  const policy = (page: Page) => demoOf(page).locator('textarea[name="rs-policy"]');
  const limit = (page: Page) => demoOf(page).getByRole('textbox', { name: t.limit });
  const observation = (page: Page, turn: number) =>
    demoOf(page).locator(`li[data-turn="${turn}"] [data-observation]`);
  const ended = (k: number, reason: keyof typeof t.stopped, answer?: string) =>
    t.readout(k, k, `${t.stopped[reason]}${answer === undefined ? '' : t.finalAnswer(answer)}`);

  test.describe(`${ID} on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, ID);
      await preset(page, 'arithmetic').click();
    });

    test('steps through the calculator chain from the keyboard', async ({ page }) => {
      const demo = demoOf(page);
      await expect(readout(page)).toHaveText(t.readout(0, 3, t.notStarted));
      await button(page, 'step').focus();
      await page.keyboard.press('Enter');
      await expect(readout(page)).toHaveText(t.readout(1, 3, t.running));
      await expect(observation(page, 1)).toHaveText('24'); // 8 · 3
      await page.keyboard.press('Space');
      await expect(observation(page, 2)).toHaveText('60'); // 24 · 2.5
      await expect(demo.locator('pre[data-context]')).toContainText('Observation: 24');
      await expect(demo.locator('pre[data-context]')).toContainText('Observation: 60');
      await page.keyboard.press('Enter');
      await expect(readout(page)).toHaveText(
        ended(3, 'final-answer', lastAnswer(PRESETS[locale].arithmetic.steps)),
      );
      await expect(demo.locator('li[data-kind="final-answer"]')).toHaveCount(1);

      // the turn slider walks back; Reset returns to the prompt alone
      await demo.locator('input[type="range"]').focus();
      await page.keyboard.press('ArrowLeft');
      await expect(readout(page)).toHaveText(t.readout(2, 3, t.running));
      await button(page, 'reset').click();
      await expect(readout(page)).toHaveText(t.readout(0, 3, t.notStarted));
      await expect(demo.locator('li[data-turn]')).toHaveCount(0);
      await expect(demo).not.toContainText('NaN');
    });

    test('hostile calculator input and tool names become clear error observations', async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const nested = `${'('.repeat(10_000)}1${')'.repeat(10_000)}`;
      const script = [
        step('calculator', 'constructor'),
        step('calculator', '__proto__'),
        step('calculator', 'alert(1)'),
        step('calculator', nested),
        step('constructor', '1'),
        step('calculator', '1/0'),
      ].join('\n---\n');
      await policy(page).fill(script);
      await button(page, 'run').click();
      await expect(readout(page)).toHaveText(ended(6, 'policy-exhausted'));
      await expect(observation(page, 1)).toHaveText("Error: unknown name 'constructor' at position 0");
      await expect(observation(page, 2)).toHaveText("Error: unknown name '__proto__' at position 0");
      await expect(observation(page, 3)).toHaveText("Error: unknown function 'alert' at position 0");
      // 10,000 + 1 + 10,000 characters: over lib's 1,000-character limit, rejected before parsing
      await expect(observation(page, 4)).toHaveText(
        'Error: expression must be at most 1000 characters, got 20001',
      );
      await expect(observation(page, 5)).toHaveText(
        `constructor is not a valid tool, try one of [${TOOLS}].`,
      );
      await expect(observation(page, 6)).toHaveText('Error: division by zero at position 1');
      await expect(demoOf(page).locator('li[data-kind="tool-error"]')).toHaveCount(5);
      await expect(demoOf(page).locator('li[data-kind="unknown-tool"]')).toHaveCount(1);
      expect(dialogs).toEqual([]);
      await expect(demoOf(page)).not.toContainText('NaN');
    });

    test('a stuck model stops at the step limit, or when its script runs out', async ({ page }) => {
      await preset(page, 'loop').click();
      await button(page, 'run').click();
      await expect(readout(page)).toHaveText(ended(15, 'step-limit'));
      await expect(observation(page, 15)).toHaveText('0.30000000000000004');
      await limit(page).fill('4');
      await expect(readout(page)).toHaveText(ended(4, 'step-limit'));
      await demoOf(page).getByRole('checkbox', { name: t.repeat }).uncheck();
      await expect(readout(page)).toHaveText(ended(2, 'policy-exhausted'));
    });

    test('bad step limits and an empty script keep the last run', async ({ page }) => {
      const demo = demoOf(page);
      await button(page, 'run').click();
      const done = ended(3, 'final-answer', lastAnswer(PRESETS[locale].arithmetic.steps));
      await expect(readout(page)).toHaveText(done);
      const alert = demo.locator('p[role="alert"]');

      await limit(page).fill('0');
      await expect(alert).toHaveText(
        `${t.libError('maxSteps must be an integer in [1, 100], got 0')} ${t.kept}`,
      );
      await expect(readout(page)).toHaveText(done);
      await limit(page).fill('2.5');
      await expect(alert).toContainText('got 2.5');
      await limit(page).fill('NaN');
      await expect(alert).toHaveText(`${t.limitField({ kind: 'notNumber', text: 'NaN' })} ${t.kept}`);
      await limit(page).fill('2');
      await expect(alert).toBeEmpty();
      await expect(readout(page)).toHaveText(ended(2, 'step-limit'));

      await policy(page).fill('\n---\n  \n');
      await expect(alert).toHaveText(`${t.empty} ${t.kept}`);
      await expect(readout(page)).toHaveText(ended(2, 'step-limit'));
      await policy(page).fill('👍🏽 e\u0301 \ud800\nFinal Answer: ok');
      await expect(readout(page)).toHaveText(ended(1, 'final-answer', 'ok'));
      await expect(demo).not.toContainText('NaN');
    });

    test('the injected instruction stays quoted data', async ({ page }) => {
      await preset(page, 'injection').click();
      await button(page, 'step').click();
      const injected = (DOCUMENTS[locale]['review.txt'] ?? '').split('\n\n')[1] ?? '';
      await expect(observation(page, 1)).toContainText(injected);
      await expect(demoOf(page).locator('li[data-turn="1"]')).toContainText(t.kinds['tool-result']);
      await button(page, 'run').click();
      await expect(readout(page)).toHaveText(
        ended(2, 'final-answer', lastAnswer(PRESETS[locale].injection.steps)),
      );
      // one observation only: the script never calls read_document on private-notes.txt
      await expect(demoOf(page).locator('[data-observation]')).toHaveCount(1);
      await expect(demoOf(page)).not.toContainText('0000-DEMO-0000');
    });

    test('malformed steps are handed back as observations', async ({ page }) => {
      await preset(page, 'malformed').click();
      await button(page, 'run').click();
      await expect(readout(page)).toHaveText(ended(5, 'final-answer', '256'));
      await expect(observation(page, 1)).toHaveText(
        "Invalid Format: the 'Action:' has no 'Action Input:' after it",
      );
      await expect(observation(page, 2)).toHaveText(`python is not a valid tool, try one of [${TOOLS}].`);
      await expect(observation(page, 4)).toHaveText('256'); // 2^10 / 4 = 1024 / 4
    });

    test('the glossary downloads when a lookup turn needs it', async ({ page }) => {
      await preset(page, 'glossary').click();
      await button(page, 'step').click();
      await expect(readout(page)).toHaveText(t.readout(1, 3, t.running), { timeout: 15_000 });
      await expect(observation(page, 1)).toContainText('[chain-of-thought]');
      await button(page, 'step').click();
      await expect(observation(page, 2)).toContainText('[self-consistency]');
    });

    test('a link restores the preset and the turn', async ({ page }) => {
      await preset(page, 'malformed').click();
      await button(page, 'step').click();
      await button(page, 'step').click();
      await expect(page).toHaveURL(/rs-turn=2/);
      const link = new URL(page.url());
      await openDemo(page, `${link.pathname.replace(/^.*?(\/(zh|en)\/)/, '$1')}${link.search}`, ID);
      await expect(readout(page)).toHaveText(t.readout(2, 5, t.running));
      await expect(observation(page, 2)).toHaveText(`python is not a valid tool, try one of [${TOOLS}].`);
    });
  });
}
