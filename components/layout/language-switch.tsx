import { SiteLink } from '@/components/ui/site-link';
import { localeNames } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n';

/**
 * Link to the same page in the other language. The layout does not know the page, so the HTML
 * points at the other language's home; components/islands/shell.ts rewrites it to the same page
 * at once and, on click, carries the current `#section` (heading ids are identical in zh and en)
 * and remembers the choice.
 */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const target: Locale = locale === 'zh' ? 'en' : 'zh';
  return (
    <SiteLink
      href={`/${target}/`}
      data-lang-switch={target}
      hrefLang={target === 'zh' ? 'zh-CN' : 'en'}
      lang={target === 'zh' ? 'zh-CN' : 'en'}
      aria-label={label}
      title={label}
      className="inline-flex h-9 items-center rounded-md border border-line px-2.5 text-sm hover:bg-surface-2"
    >
      {localeNames[target]}
    </SiteLink>
  );
}
