import { SiteLink } from '@/components/ui/site-link';
import type { Locale } from '@/lib/i18n';
import { getAllPages, getChapters } from '@/server/content';
import { getGlossary } from '@/server/glossary';
import { dictionary } from './dictionary';

/**
 * /<locale>/glossary/: every term grouped by the chapter that teaches it, in teaching order. Each
 * term is an `<h3 id>` (the target of `<Term>` links and a Pagefind sub-result) followed by its
 * definition and a link to the section that explains it. No client JavaScript.
 */
export function GlossaryPage({ locale }: { locale: Locale }) {
  const t = dictionary[locale];
  const terms = getGlossary(locale);
  const pages = getAllPages(locale);
  const sectionTitle = (href: string) => {
    const [path = '', anchor = ''] = href.split('#');
    const page = pages.find((p) => p.href === path);
    const heading = page?.headings.find((h) => h.id === anchor)?.text;
    const pageTitle = page?.frontmatter.navTitle ?? page?.frontmatter.title ?? path;
    return heading ? `${pageTitle} › ${heading}` : pageTitle;
  };
  const chapters = getChapters(locale)
    .map((chapter) => ({ ...chapter, terms: terms.filter((term) => term.chapter === chapter.slug) }))
    .filter((chapter) => chapter.terms.length > 0);

  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <article data-pagefind-body className="doc-prose prose max-w-none dark:prose-invert">
        <h1>{t.glossary}</h1>
        <p>{t.glossaryIntro(terms.length)}</p>
        <nav aria-label={t.chapters} className="not-prose flex flex-wrap gap-2">
          {chapters.map((chapter) => (
            <a
              key={chapter.slug}
              href={`#chapter-${chapter.slug}`}
              className="rounded-full border border-line px-3 py-1 text-sm text-fg-2 hover:border-accent hover:text-fg"
            >
              {chapter.title} <span className="text-muted tabular-nums">{chapter.terms.length}</span>
            </a>
          ))}
        </nav>
        {chapters.map((chapter) => (
          <section key={chapter.slug} aria-labelledby={`chapter-${chapter.slug}`}>
            <h2 id={`chapter-${chapter.slug}`}>{chapter.title}</h2>
            {chapter.terms.map((term) => (
              <div key={term.id} className="glossary-entry">
                <h3 id={term.id}>
                  {term.term}
                  {term.aka.length > 0 && (
                    <span className="ml-2 text-base font-normal text-muted">{term.aka.join(' · ')}</span>
                  )}
                </h3>
                <p dangerouslySetInnerHTML={{ __html: term.definitionHtml }} />
                <p className="text-sm">
                  <SiteLink href={term.href}>
                    {t.readInChapter}: {sectionTitle(term.href)}
                  </SiteLink>
                </p>
              </div>
            ))}
          </section>
        ))}
      </article>
    </main>
  );
}
