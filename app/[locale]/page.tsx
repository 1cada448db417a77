import { SiteLink } from '@/components/ui/site-link';
import { dictionary } from '@/components/layout/dictionary';
import { getChapters } from '@/server/content';
import { resolveLocale, staticLocaleParams } from './page-params';

export const dynamicParams = false;

export const generateStaticParams = staticLocaleParams;

export default async function LocaleHome({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const t = dictionary[locale];
  const chapters = getChapters(locale);
  const first = chapters[0]?.pages[0];
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-12 sm:py-16">
      <h1 className="text-4xl font-bold tracking-tight sm:text-5xl">{t.siteTitle}</h1>
      <p className="mt-4 max-w-2xl text-lg text-fg-2">{t.tagline}</p>
      <div className="mt-8 flex flex-wrap items-center gap-3">
        {first && (
          <SiteLink
            href={first.href}
            className="inline-flex items-center rounded-md bg-accent px-5 py-2.5 font-medium text-surface hover:bg-accent-strong"
          >
            {t.startReading} →
          </SiteLink>
        )}
        {[
          { href: `/${locale}/review/`, label: t.review },
          { href: `/${locale}/glossary/`, label: t.glossary },
        ].map((link) => (
          <SiteLink
            key={link.href}
            href={link.href}
            className="inline-flex items-center rounded-md border border-line px-5 py-2.5 font-medium text-fg-2 hover:border-accent hover:text-fg"
          >
            {link.label}
          </SiteLink>
        ))}
      </div>
      <h2 className="mt-14 text-2xl font-semibold">{t.chapters}</h2>
      <ol className="mt-6 grid gap-4 sm:grid-cols-2">
        {chapters.map((chapter, index) => (
          <li key={chapter.slug}>
            <SiteLink
              href={chapter.pages[0]!.href}
              className="block h-full rounded-xl border border-line p-5 transition-colors hover:border-accent"
            >
              <span className="text-sm text-muted tabular-nums">
                {index + 1} · {t.pagesInChapter(chapter.pages.length)}
              </span>
              <span className="mt-1 block text-xl font-semibold">{chapter.title}</span>
              <span className="mt-2 block text-fg-2">{chapter.description}</span>
            </SiteLink>
          </li>
        ))}
      </ol>
      <h2 className="mt-14 text-2xl font-semibold">{t.howToUse}</h2>
      <ul className="mt-4 list-disc space-y-2 pl-6 text-fg-2">
        {t.howToUseItems.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <footer className="mt-16 border-t border-line pt-6 text-sm text-muted">{t.footer}</footer>
    </main>
  );
}
