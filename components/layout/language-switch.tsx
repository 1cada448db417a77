'use client';

import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { LOCALE_STORAGE_KEY, localeNames, switchLocalePath } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n';

/**
 * Links to the same page in the other language. On click it also carries the current
 * `#section` (heading ids are identical in zh and en) and remembers the choice.
 */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const pathname = usePathname();
  const router = useRouter();
  const target: Locale = locale === 'zh' ? 'en' : 'zh';
  const href = switchLocalePath(pathname, target);
  return (
    <Link
      href={href}
      hrefLang={target === 'zh' ? 'zh-CN' : 'en'}
      lang={target === 'zh' ? 'zh-CN' : 'en'}
      aria-label={label}
      title={label}
      className="inline-flex h-9 items-center rounded-md border border-line px-2.5 text-sm hover:bg-surface-2"
      onClick={(event) => {
        rememberLocale(target);
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        router.push(href + window.location.hash);
      }}
    >
      {localeNames[target]}
    </Link>
  );
}

export function rememberLocale(locale: Locale) {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage can be disabled (private mode); the choice then lasts for this visit only.
  }
}
