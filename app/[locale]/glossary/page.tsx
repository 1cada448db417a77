import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GlossaryPage } from '@/components/layout/glossary-page';
import { isLocale, locales } from '@/lib/i18n';

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
  return locale === 'en'
    ? {
        title: 'Glossary',
        description:
          'Every term of the chapters with a short definition and a link to where it is explained.',
      }
    : { title: '术语表', description: '各章术语的简明定义，并链接到正文中讲解它的小节。' };
}

export default async function Glossary({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <GlossaryPage locale={locale} />;
}
