import { GlossaryIndex } from '@/components/layout/glossary-page';
import { localeMetadata, resolveLocale, staticLocaleParams } from '../page-params';

export const dynamicParams = false;
export const generateStaticParams = staticLocaleParams;
export const generateMetadata = localeMetadata({
  zh: { title: '术语表', description: '全部术语的索引，按讲解它们的章节分组，链接到各章术语的定义。' },
  en: {
    title: 'Glossary',
    description: 'An index of every term, grouped by the chapter that teaches it, linking to its definition.',
  },
});

export default async function Glossary({ params }: { params: Promise<{ locale: string }> }) {
  return <GlossaryIndex locale={await resolveLocale(params)} />;
}
