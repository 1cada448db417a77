import { SiteLink } from '@/components/ui/site-link';
import type { Locale } from '@/lib/i18n';
import { dictionary } from './dictionary';
import { SearchButton } from '@/components/search/search-button';
import { LanguageSwitch } from './language-switch';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = dictionary[locale];
  return (
    <header className="sticky top-0 z-30 border-b border-line bg-surface/90 backdrop-blur print:static print:border-0">
      <a
        href="#main"
        className="sr-only rounded bg-accent px-3 py-2 text-surface focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        {t.skipToContent}
      </a>
      <div className="mx-auto flex h-14 max-w-[90rem] items-center gap-3 px-4">
        <SiteLink href={`/${locale}/`} className="flex items-baseline gap-2 font-semibold tracking-tight">
          <span className="text-lg">{t.siteTitle}</span>
          <span
            className="hidden text-sm font-normal text-muted sm:inline"
            lang={locale === 'zh' ? 'en' : 'zh-CN'}
          >
            {t.siteSubtitle}
          </span>
        </SiteLink>
        <div className="ml-auto flex items-center gap-2 print:hidden">
          <SiteLink
            href={`/${locale}/review/`}
            className="inline-flex h-9 items-center rounded-md px-2.5 text-sm font-medium text-fg-2 hover:bg-surface-2 hover:text-fg"
          >
            {t.review}
          </SiteLink>
          <SearchButton locale={locale} />
          <LanguageSwitch locale={locale} label={t.switchTo} />
          <ThemeToggle labels={t.theme} />
        </div>
      </div>
    </header>
  );
}
