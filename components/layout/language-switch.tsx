'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useHydrated } from '@/components/ui/use-hydrated';
import { LOCALE_STORAGE_KEY, localeNames, switchLocalePath } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n';

/**
 * Links to the same page in the other language. On click it also carries the current
 * `#section` (heading ids are identical in zh and en) and remembers the choice.
 *
 * The other language has its own root layout (`<html lang>`), so the switch is always a full page
 * load; doing it with `location.assign` keeps the hash deterministically (a client-side
 * `router.push` across root layouts sometimes dropped it), and nothing is prefetched for it.
 */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const pathname = usePathname();
  const target: Locale = locale === 'zh' ? 'en' : 'zh';
  const href = switchLocalePath(pathname, target);
  const hydrated = useHydrated();
  return (
    <Link
      href={href}
      prefetch={false}
      hrefLang={target === 'zh' ? 'zh-CN' : 'en'}
      lang={target === 'zh' ? 'zh-CN' : 'en'}
      aria-label={label}
      title={label}
      data-hydrated={hydrated ? '' : undefined}
      className="inline-flex h-9 items-center rounded-md border border-line px-2.5 text-sm hover:bg-surface-2"
      onClick={(event) => {
        rememberLocale(target);
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        window.location.assign(event.currentTarget.href + window.location.hash);
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
