import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { SiteHeader } from '@/components/layout/site-header';
import { dictionary } from '@/components/layout/dictionary';
import { THEME_SCRIPT } from '@/components/layout/theme';
import { TERM_TIP_SCRIPT } from '@/components/mdx/term-script';
import { htmlLang, isLocale, locales } from '@/lib/i18n';
import 'katex/dist/katex.min.css';
import '../globals.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = dictionary[locale];
  return {
    title: { default: t.siteTitle, template: `%s · ${t.siteTitle}` },
    description: t.tagline,
  };
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
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return (
    <html lang={htmlLang[locale]} suppressHydrationWarning>
      <head>
        {/* Sets the theme class before the first paint, so the wrong theme never flashes. */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        {/* Escape closes a glossary term's hover card (components/mdx/term.tsx). */}
        <script dangerouslySetInnerHTML={{ __html: TERM_TIP_SCRIPT }} />
      </head>
      <body data-locale={locale}>
        <SiteHeader locale={locale} />
        {children}
      </body>
    </html>
  );
}
