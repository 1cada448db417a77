/**
 * The chunking-tradeoff demo against an independent Python re-implementation of the same windows
 * (words = re.finditer(r'\S+'), Chinese by characters; window i starts at i·(size − overlap)):
 * English, 527 words — 80/0: 7 chunks, 2,993 characters stored, 3 of 4 answers inside; 80/10: 8
 * chunks, 597 words (1.13×), 3,395 characters, all 4 inside; 10/0: 53 chunks, 2,946 characters, none
 * inside; 600/0: 1 chunk, all inside. Chinese, 1,129 characters — 150/0: 8 chunks, 2 of 4; 150/20:
 * 9 chunks, 1,289 characters (1.14×), all 4; 20/0: 57 chunks, none; 1,200/0: 1 chunk, all.
 */
import { expect, test, type Page } from '@playwright/test';
import { TEXT } from '@/components/demos/chunking-tradeoff/text';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

const ID = 'chunking-tradeoff';
const demoOf = (page: Page) => page.locator(`[data-demo="${ID}"]`).first();

/** The readout's arguments: size, overlap, chunks, words or characters stored, characters, ×, inside, answers. */
type Args = readonly [string, string, string, string, string, string, number, number];
interface Case {
  opening: Args;
  overlapped: Args;
  refused: readonly [string, string];
  tiny: Args;
  link: { query: string; readout: Args };
}

const CASES: Record<'zh' | 'en', Case> = {
  en: {
    opening: ['80', '0', '7', '527', '2,993', '1.00', 3, 4],
    overlapped: ['80', '10', '8', '597', '3,395', '1.13', 4, 4],
    refused: ['10', '10'],
    tiny: ['10', '0', '53', '527', '2,946', '1.00', 0, 4],
    link: { query: '?ck-s=600&ck-o=0', readout: ['600', '0', '1', '527', '2,999', '1.00', 4, 4] },
  },
  zh: {
    opening: ['150', '0', '8', '1,129', '1,129', '1.00', 2, 4],
    overlapped: ['150', '20', '9', '1,289', '1,289', '1.14', 4, 4],
    refused: ['20', '20'],
    tiny: ['20', '0', '57', '1,129', '1,129', '1.00', 0, 4],
    link: { query: '?ck-s=1200&ck-o=0', readout: ['1,200', '0', '1', '1,129', '1,129', '1.00', 4, 4] },
  },
};

for (const sitePath of behaviourPages(ID)) {
  const locale = sitePath.startsWith('/zh/') ? 'zh' : 'en';
  const t = TEXT[locale];
  const c = CASES[locale];
  const say = (a: Args) => t.readout(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);

  test.describe(`${ID} on ${sitePath}`, () => {
    test('adds overlap from the keyboard until every answer fits, and refuses overlap ≥ size', async ({
      page,
    }) => {
      await openDemo(page, sitePath, ID);
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      await expect(readout).toHaveText(say(c.opening));
      await expect(demo.locator('[data-inside="false"]')).toHaveCount(4 - c.opening[6]);

      const overlap = demo.getByRole('slider', { name: t.overlap });
      await overlap.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect(readout).toHaveText(say(c.overlapped));
      await expect(demo.locator('[data-inside="false"]')).toHaveCount(0);

      const size = demo.getByRole('slider', { name: t.size });
      await size.focus();
      await page.keyboard.press('Home');
      await expect(demo.getByRole('alert')).toHaveText(t.overlapError(c.refused[0], c.refused[1]));
      await expect(readout).toHaveText(say(c.overlapped));

      await overlap.focus();
      await page.keyboard.press('Home');
      await expect(demo.getByRole('alert')).toBeEmpty();
      await expect(readout).toHaveText(say(c.tiny));
      await expect(demo.locator('[data-inside="true"]')).toHaveCount(0);
      await expect(page).toHaveURL(/ck-o=0(&|$)/);
      await expect(demo).not.toContainText('NaN');
    });

    test('restores a shared link', async ({ page }) => {
      await openDemo(page, `${sitePath}${c.link.query}`, ID);
      await expect(demoOf(page).locator('output[data-readout]')).toHaveText(say(c.link.readout));
    });
  });
}
