/**
 * The rag-explorer demo: the site's corpus (out/<locale>/rag/corpus.json) is not in the page and
 * is fetched only when the demo starts; the default preset is scored against its 3 judged
 * sections (so recall is a multiple of 1/3, RR is 1/rank); k from the keyboard sets how many
 * chunks the prompt cites, each citation a real link to an existing section; the chunk count for
 * a size and overlap is hand-checkable from the corpus file; bad input (empty, emoji-only, huge,
 * unknown words, markup, overlap ≥ size) shows a message and keeps a valid result; a shared link
 * restores the settings. The corpus text itself changes with the site, so values that depend on
 * it are checked by their arithmetic, not as literals.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { CorpusFile } from '@/components/demos/rag-explorer/corpus';
import { PRESETS } from '@/components/demos/rag-explorer/presets';
import { DEFAULT_SETTINGS, OVERLAP_STEPS, SIZE_STEPS } from '@/components/demos/rag-explorer/settings';
import { TEXT } from '@/components/demos/rag-explorer/text';
import { openDemo } from './open-demo';
import { OUT, exportedHtml, behaviourPages, url } from './site-map';

const ID = 'rag-explorer';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const sitePath of behaviourPages(ID)) {
  const locale = sitePath.startsWith('/zh/') ? 'zh' : 'en';
  const t = TEXT[locale];
  const defaults = DEFAULT_SETTINGS[locale];
  const corpusFile = path.join(OUT, locale, 'rag', 'corpus.json');
  const demoOf = (page: Page) => page.locator(`[data-demo="${ID}"]`).first();
  /** The readout once the corpus is in: any of its ready forms. */
  const loaded = async (page: Page) =>
    expect(demoOf(page).locator('output[data-readout]')).not.toHaveText(
      new RegExp(`^(${escape(t.readoutLoading)}|${escape(t.readoutFailed)})$`),
      { timeout: 30_000 },
    );
  /** The three numbers of a preset readout, checked to be of the preset's form. */
  async function presetReadout(page: Page, k: number, relevant: number) {
    const text = await demoOf(page).locator('output[data-readout]').innerText();
    const [recall = '', rr = '', ndcg = ''] = [`recall@${k}`, 'RR', `nDCG@${k}`].map(
      (name) => new RegExp(`${escape(name)} = (\\d\\.\\d\\d)`).exec(text)?.[1],
    );
    expect(text).toBe(t.readoutPreset(k, recall, rr, ndcg, relevant));
    // recall@k is a share of the judged sections; RR is 1/rank; nDCG is in [0, 1]
    const shares = Array.from({ length: relevant + 1 }, (_, i) => (i / relevant).toFixed(2));
    expect(shares).toContain(recall);
    if (rr !== '0.00') expect((1 / Math.round(1 / Number(rr))).toFixed(2)).toBe(rr);
    expect(Number(ndcg)).toBeLessThanOrEqual(1);
    return { recall, rr, ndcg };
  }

  test.describe(`${ID} on ${sitePath}`, () => {
    test('fetches the corpus only when the demo starts, then scores the default preset', async ({ page }) => {
      expect(fs.existsSync(corpusFile), corpusFile).toBe(true);
      const html = exportedHtml(sitePath) ?? '';
      expect(html, 'the page HTML carries no ranking or citation').not.toMatch(
        /data-rankings|data-citations/,
      );
      const fetched: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/rag/corpus.json')) fetched.push(request.url());
      });
      await page.goto(url(sitePath), { waitUntil: 'networkidle' });
      const far = await demoOf(page).evaluate(
        (el) => el.getBoundingClientRect().top > window.innerHeight + 400,
      );
      if (far) expect(fetched, 'corpus fetched before the demo neared the view').toEqual([]);

      await openDemo(page, sitePath, ID);
      await loaded(page);
      expect(fetched.length).toBeGreaterThan(0);
      // the hybrid-retrieval preset has 3 judged sections
      await presetReadout(page, defaults.k, 3);
      await expect(demoOf(page).getByRole('textbox', { name: t.query })).toHaveValue(
        PRESETS.hybrid.query[locale],
      );
      await expect(demoOf(page).locator('[data-metrics="presets"] tbody tr')).toHaveCount(3);
      await expect(demoOf(page)).not.toContainText('NaN');
    });

    test('sets k from the keyboard: the prompt cites k chunks, each a link to its section', async ({
      page,
    }) => {
      await openDemo(page, sitePath, ID);
      await loaded(page);
      const demo = demoOf(page);
      const prompt = demo.locator('pre[data-prompt]');
      const links = demo.locator('[data-citations] a');
      await expect(links).toHaveCount(defaults.k);

      await demo.getByRole('slider', { name: t.k }).focus();
      await page.keyboard.press('ArrowLeft');
      await expect(links).toHaveCount(defaults.k - 1);
      await presetReadout(page, defaults.k - 1, 3);
      await page.keyboard.press('Home');
      await expect(links).toHaveCount(1);
      await expect(prompt).toContainText('[1] ');
      await expect(prompt).not.toContainText('[2] ');
      await page.keyboard.press('End');
      await expect(links).toHaveCount(10);
      await presetReadout(page, 10, 3);

      // every citation is a real anchor, text only, to a section that exists in the export
      for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
        const target = new URL(href, 'http://site');
        const base = process.env.BASE_PATH ?? '';
        const html = exportedHtml(target.pathname.slice(base.length));
        expect(html, href).not.toBeNull();
        expect(html, href).toContain(`id="${decodeURIComponent(target.hash.slice(1))}"`);
      }
      expect(await links.evaluateAll((as) => as.every((a) => a.children.length === 0))).toBe(true);
    });

    test('cuts the corpus into the hand-counted number of chunks', async ({ page }) => {
      await openDemo(page, sitePath, ID);
      await loaded(page);
      const demo = demoOf(page);
      const file = JSON.parse(fs.readFileSync(corpusFile, 'utf8')) as CorpusFile;
      const terms = file.sections.filter(([p]) => file.pages[p]?.[0] === 'glossary').length;
      // n units (characters in Chinese, words in English) in windows of `size` stepping by
      // size − overlap: 0 chunks for n = 0, 1 for n ≤ size, else 1 + ⌈(n − size)/(size − overlap)⌉
      const chunks = (size: number, overlap: number) =>
        file.sections.reduce((sum, [, , , text]) => {
          const n = locale === 'zh' ? Array.from(text).length : (text.match(/\S+/g) ?? []).length;
          return sum + (n === 0 ? 0 : n <= size ? 1 : 1 + Math.ceil((n - size) / (size - overlap)));
        }, 0);
      const stats = demo.locator('p[role="status"]');
      await expect(stats).toHaveText(
        t.stats(
          file.sections.length - terms,
          terms,
          chunks(defaults.size, defaults.overlap),
          defaults.size,
          defaults.overlap,
        ),
      );

      // overlap 0 and the largest size: one chunk per section
      await demo.getByRole('slider', { name: t.overlap }).focus();
      await page.keyboard.press('Home');
      await demo.getByRole('slider', { name: t.size }).focus();
      await page.keyboard.press('End');
      const largest = SIZE_STEPS[locale].at(-1) as number;
      await expect(stats).toHaveText(
        t.stats(file.sections.length - terms, terms, file.sections.length, largest, 0),
      );
      await expect(page).toHaveURL(new RegExp(`rag-size=${largest}`));
    });

    test('switches preset queries, and ranks a query of one’s own without metrics', async ({ page }) => {
      await openDemo(page, sitePath, ID);
      await loaded(page);
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');

      const hybrid = await readout.innerText();
      await demo.getByRole('button', { name: t.presetNames['top-p'] }).click();
      await expect(demo.getByRole('textbox', { name: t.query })).toHaveValue(PRESETS['top-p'].query[locale]);
      // 2 judged sections instead of 3, so the readout cannot stay the same
      await expect(readout).not.toHaveText(hybrid);
      await presetReadout(page, defaults.k, 2);

      await demo.getByRole('textbox', { name: t.query }).fill('attention softmax');
      const custom = new RegExp(`^${escape(t.readoutCustom('@@')).replace('@@', '.+ › .+')}$`);
      await expect(readout).toHaveText(custom);
      await expect(demo.locator('table[data-metrics="query"]')).toHaveCount(0);
      await expect(demo.locator('table[data-metrics="presets"]')).toHaveCount(1);
    });

    test('bad input shows a message and keeps a valid result', async ({ page }) => {
      await openDemo(page, sitePath, ID);
      await loaded(page);
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      const query = demo.getByRole('textbox', { name: t.query });
      const before = await readout.innerText();

      await query.fill('');
      await expect(demo).toContainText(`${t.empty} ${t.keptQuery}`);
      await expect(readout).toHaveText(before);
      await query.fill('🙂🙂 ?!');
      await expect(demo).toContainText(t.noTerms);
      await expect(readout).toHaveText(before);

      await query.fill('attention '.repeat(300));
      await expect(demo).toContainText(t.capped(200));

      // no term of the query is in the corpus: no TF-IDF ranking (zero vector), nothing retrieved
      await query.fill('qqqzzzxxq');
      await expect(readout).toHaveText(t.readoutNone);
      await expect(demo.locator('[data-method="tfidf"]').first()).toContainText(t.tfidfZero);
      await expect(demo.locator('pre[data-prompt]')).toContainText('qqqzzzxxq');

      // markup is text, never HTML
      const markup = '<img src=x onerror="window.__ragXss=1"> attention';
      await query.fill(markup);
      await expect(demo.locator('pre[data-prompt]')).toContainText(markup);
      await expect(demo.locator('img')).toHaveCount(0);
      expect(
        await page.evaluate(() => (window as unknown as { __ragXss?: number }).__ragXss),
      ).toBeUndefined();

      // overlap ≥ size: lib's RangeError, and the last valid chunking stays. The smallest size
      // equals the default overlap (20 characters, 10 words), so Home alone is already invalid.
      const stats = demo.locator('p[role="status"]');
      const valid = await stats.innerText();
      await demo.getByRole('slider', { name: t.size }).focus();
      await page.keyboard.press('Home');
      await expect(demo).toContainText('overlap must be less than size');
      await expect(stats).toHaveText(valid);
      await demo.getByRole('slider', { name: t.overlap }).focus();
      await page.keyboard.press('End');
      const overlapMax = OVERLAP_STEPS[locale].at(-1) as number;
      await expect(demo.getByRole('slider', { name: t.overlap })).toHaveAttribute(
        'aria-valuetext',
        String(overlapMax),
      );
      await expect(demo).toContainText(`got overlap ${overlapMax} and size ${SIZE_STEPS[locale][0]}`);
      await expect(stats).toHaveText(valid);
      await expect(demo.locator('pre[data-prompt]')).toBeVisible();
      await expect(demo).not.toContainText('NaN');
    });

    test('restores the settings from a shared link', async ({ page }) => {
      const query = PRESETS.rope.query[locale];
      const search = new URLSearchParams({ 'rag-q': query, 'rag-k': '2' }).toString();
      await openDemo(page, `${sitePath}?${search}`, ID);
      await loaded(page);
      const demo = demoOf(page);
      await expect(demo.getByRole('textbox', { name: t.query })).toHaveValue(query);
      await expect(demo.getByRole('slider', { name: t.k })).toHaveAttribute('aria-valuetext', '2');
      await expect(demo.locator('[data-citations] a')).toHaveCount(2);
      // the RoPE preset has 3 judged sections
      await presetReadout(page, 2, 3);
    });
  });
}
