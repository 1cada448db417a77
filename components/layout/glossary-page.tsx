import { SiteLink } from '@/components/ui/site-link';
import type { Locale } from '@/lib/i18n';
import { getAllPages, getChapters } from '@/server/content';
import { getGlossary, glossaryChapterHref, termHref } from '@/server/glossary';
import { dictionary } from './dictionary';

/** The chapters that teach at least one term, each with its terms in file (teaching) order. */
export function glossaryChapters(locale: Locale) {
  const terms = getGlossary(locale);
  return getChapters(locale)
    .map((chapter) => ({
      slug: chapter.slug,
      title: chapter.title,
      terms: terms.filter((term) => term.chapter === chapter.slug),
    }))
    .filter((chapter) => chapter.terms.length > 0);
}

type GlossaryChapter = ReturnType<typeof glossaryChapters>[number];

/** Links to every chapter's glossary page; the current one (if any) is marked. */
function ChapterNav({ locale, current }: { locale: Locale; current?: string }) {
  const t = dictionary[locale];
  return (
    <nav aria-label={t.chapters} className="not-prose flex flex-wrap gap-2">
      {glossaryChapters(locale).map((chapter) => (
        <SiteLink
          key={chapter.slug}
          href={glossaryChapterHref(locale, chapter.slug)}
          aria-current={chapter.slug === current ? 'page' : undefined}
          className="rounded-full border border-line px-3 py-1 text-sm text-fg-2 hover:border-accent hover:text-fg aria-[current=page]:border-accent aria-[current=page]:bg-accent-soft aria-[current=page]:text-fg"
        >
          {chapter.title} <span className="text-muted tabular-nums">{chapter.terms.length}</span>
        </SiteLink>
      ))}
    </nav>
  );
}

/**
 * /<locale>/glossary/: the index. Every term by name, grouped by chapter, linking to its
 * definition on the chapter's glossary page. Each name is also the target of `/glossary/#<id>`
 * (the RAG demo's corpus links terms that way), so such a link lands on the way to the definition.
 * The definitions live on the chapter pages: one page with all of them (300+ terms, 380 formulas)
 * was the slowest page of the site to lay out on a phone.
 */
export function GlossaryIndex({ locale }: { locale: Locale }) {
  const t = dictionary[locale];
  const chapters = glossaryChapters(locale);
  const count = chapters.reduce((n, chapter) => n + chapter.terms.length, 0);
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <article className="doc-prose prose max-w-none dark:prose-invert">
        <h1>{t.glossary}</h1>
        <p>{t.glossaryIntro(count, chapters.length)}</p>
        <ChapterNav locale={locale} />
        {chapters.map((chapter) => (
          <section key={chapter.slug} aria-labelledby={`chapter-${chapter.slug}`}>
            <h2 id={`chapter-${chapter.slug}`}>
              <SiteLink href={glossaryChapterHref(locale, chapter.slug)}>{chapter.title}</SiteLink>
            </h2>
            <ul className="not-prose flex flex-wrap gap-x-2 gap-y-1.5">
              {chapter.terms.map((term) => (
                <li key={term.id} id={term.id}>
                  <SiteLink
                    href={termHref(locale, term)}
                    className="inline-block rounded-md px-1.5 py-1 text-accent-strong hover:bg-surface-2 hover:underline"
                  >
                    {term.term}
                  </SiteLink>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </article>
    </main>
  );
}

/**
 * /<locale>/glossary/<chapter>/: the terms one chapter teaches, in teaching order. Each term is an
 * `<h2 id>` (the target of `<Term>` links and a Pagefind sub-result) followed by its definition and
 * a link to the section that explains it. No client JavaScript.
 */
export function GlossaryChapterPage({ locale, chapter }: { locale: Locale; chapter: GlossaryChapter }) {
  const t = dictionary[locale];
  const pages = getAllPages(locale);
  const sectionTitle = (href: string) => {
    const [path = '', anchor = ''] = href.split('#');
    const page = pages.find((p) => p.href === path);
    const heading = page?.headings.find((h) => h.id === anchor)?.text;
    const pageTitle = page?.frontmatter.navTitle ?? page?.frontmatter.title ?? path;
    return heading ? `${pageTitle} › ${heading}` : pageTitle;
  };
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <article data-pagefind-body className="doc-prose prose max-w-none dark:prose-invert">
        <p className="not-prose text-sm">
          <SiteLink href={`/${locale}/glossary/`} className="text-fg-2 hover:text-fg hover:underline">
            {t.glossary}
          </SiteLink>
        </p>
        <h1>{t.glossaryTermsIn(chapter.title)}</h1>
        <p>{t.glossaryChapterIntro(chapter.terms.length, chapter.title)}</p>
        <ChapterNav locale={locale} current={chapter.slug} />
        {chapter.terms.map((term) => (
          <div key={term.id} className="glossary-entry">
            <h2 id={term.id}>
              {term.term}
              {term.aka.length > 0 && (
                <span className="ml-2 text-base font-normal text-muted">{term.aka.join(' · ')}</span>
              )}
            </h2>
            <p dangerouslySetInnerHTML={{ __html: term.definitionHtml }} />
            <p className="text-sm">
              <SiteLink href={term.href}>
                {t.readInChapter}: {sectionTitle(term.href)}
              </SiteLink>
            </p>
          </div>
        ))}
      </article>
    </main>
  );
}
