import type { ComponentType } from 'react';
import { setMdxPage } from '@/components/mdx/strings';
import type { Locale } from '@/lib/i18n';
import { getAllPages, getChapters } from '@/server/content';
import type { PageInfo } from '@/server/content';
import { ReadTracker } from '@/components/study/read-tracker';
import { dictionary } from './dictionary';
import { DocsDrawer } from './docs-drawer';
import { Pager } from './pager';
import { SidebarNav } from './sidebar-nav';
import { Toc } from './toc';

/** A chapter page: sidebar, the MDX article, on-page TOC and prev/next links. */
export async function DocPage({ page }: { page: PageInfo }) {
  const { locale } = page;
  const t = dictionary[locale];
  setMdxPage({ locale, chapter: page.chapter, page: page.page });
  const Content = await loadMdx(locale, page.chapter, page.page);
  const pages = getAllPages(locale);
  const index = pages.findIndex((p) => p.href === page.href);
  const chapter = getChapters(locale).find((c) => c.slug === page.chapter);

  return (
    <div className="mx-auto grid max-w-[90rem] gap-8 px-4 lg:grid-cols-[16rem_minmax(0,1fr)] xl:grid-cols-[16rem_minmax(0,1fr)_14rem]">
      <DocsDrawer openLabel={t.openMenu} closeLabel={t.closeMenu} menuLabel={t.menu}>
        <SidebarNav
          chapters={getChapters(locale)}
          currentHref={page.href}
          label={t.chapters}
          links={[
            { href: `/${locale}/glossary/`, label: t.glossary },
            { href: `/${locale}/review/`, label: t.review },
          ]}
        />
      </DocsDrawer>
      <main id="main" className="min-w-0 py-8 lg:py-10">
        <article data-pagefind-body className="doc-prose prose max-w-3xl dark:prose-invert">
          {chapter && page.page !== 'index' && <p className="chapter-kicker">{chapter.title}</p>}
          <h1>{page.frontmatter.title}</h1>
          <Content />
        </article>
        <ReadTracker pageKey={`${page.chapter}/${page.page}`} />
        <div className="max-w-3xl">
          <Pager prev={pages[index - 1]} next={pages[index + 1]} labels={t} />
        </div>
      </main>
      <aside className="hidden xl:block print:hidden">
        <div className="sticky top-14 max-h-[calc(100vh-3.5rem)] overflow-y-auto py-10">
          <Toc headings={page.headings} label={t.onThisPage} />
        </div>
      </aside>
    </div>
  );
}

async function loadMdx(locale: Locale, chapter: string, page: string): Promise<ComponentType> {
  const mod = (await import(`@/content/${locale}/${chapter}/${page}.mdx`)) as { default: ComponentType };
  return mod.default;
}
