import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import { dictionary } from '@/components/layout/dictionary';
import { THEME_SCRIPT } from '@/components/layout/theme';
import { TERM_TIP_SCRIPT } from '@/components/mdx/term-script';
import { DevShell } from '@/components/islands/dev-shell';
import { htmlLang } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n';
import { localeMetadata, resolveLocale, staticLocaleParams } from './page-params';
import 'katex/dist/katex.min.css';
import '../globals.css';

export const dynamicParams = false;

export const generateStaticParams = staticLocaleParams;
export const generateMetadata = localeMetadata({
  zh: siteMetadata('zh'),
  en: siteMetadata('en'),
});

/** Every page's title ends with the site's name; pages without a description get the tagline. */
function siteMetadata(locale: Locale): Metadata {
  const t = dictionary[locale];
  return { title: { default: t.siteTitle, template: `%s · ${t.siteTitle}` }, description: t.tagline };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1115' },
  ],
};

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = await resolveLocale(params);
  return (
    <html lang={htmlLang[locale]} suppressHydrationWarning>
      <head>
        {/* Sets the theme class before the first paint, so the wrong theme never flashes. */}
        <script data-keep dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        {/* Escape closes a glossary term's hover card (components/mdx/term.tsx). */}
        <script data-keep dangerouslySetInnerHTML={{ __html: TERM_TIP_SCRIPT }} />
      </head>
      <body data-locale={locale}>
        <SiteHeader locale={locale} />
        {children}
        {/* The exported pages get the shell from _islands/site-<hash>.js (scripts/islands.mjs). */}
        {process.env.NODE_ENV === 'development' && <DevShell />}
      </body>
    </html>
  );
}
