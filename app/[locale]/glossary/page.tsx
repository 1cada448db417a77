import { GlossaryPage } from '@/components/layout/glossary-page';
import { localeMetadata, resolveLocale, staticLocaleParams } from '../page-params';

export const dynamicParams = false;
export const generateStaticParams = staticLocaleParams;
export const generateMetadata = localeMetadata({
  zh: { title: '术语表', description: '各章术语的简明定义，并链接到正文中讲解它的小节。' },
  en: {
    title: 'Glossary',
    description: 'Every term of the chapters with a short definition and a link to where it is explained.',
  },
});

export default async function Glossary({ params }: { params: Promise<{ locale: string }> }) {
  return <GlossaryPage locale={await resolveLocale(params)} />;
}
