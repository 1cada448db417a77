import { SiteLink } from '@/components/ui/site-link';
import { localeNames } from '@/lib/i18n';

/**
 * The two doors of `/`: shown only when the redirect script cannot run. The shell script
 * (components/islands/shell.ts) remembers the door taken.
 */
export function LanguageChooser() {
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-8 px-6 py-16">
      <h1 className="text-4xl font-bold tracking-tight">
        大模型基础{' '}
        <span className="block text-2xl font-normal text-muted" lang="en">
          LLM Fundamentals
        </span>
      </h1>
      <p className="text-fg-2">
        选择语言 · <span lang="en">Choose a language</span>
      </p>
      <div className="flex gap-4">
        <SiteLink
          href="/zh/"
          hrefLang="zh-CN"
          data-remember-locale="zh"
          className="rounded-lg border border-line px-6 py-4 text-lg font-medium hover:border-accent"
        >
          {localeNames.zh}
        </SiteLink>
        <SiteLink
          href="/en/"
          hrefLang="en"
          lang="en"
          data-remember-locale="en"
          className="rounded-lg border border-line px-6 py-4 text-lg font-medium hover:border-accent"
        >
          {localeNames.en}
        </SiteLink>
      </div>
    </main>
  );
}
