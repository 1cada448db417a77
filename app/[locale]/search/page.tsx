import { Island } from '@/components/islands/island';
import { localeMetadata, resolveLocale, staticLocaleParams } from '../page-params';

export const dynamicParams = false;
export const generateStaticParams = staticLocaleParams;
export const generateMetadata = localeMetadata({
  zh: { title: '搜索', description: '在全部章节和面试题中全文搜索。' },
  en: { title: 'Search', description: 'Full-text search over every chapter and interview question.' },
});

export default async function Search({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  return <Island name="search" locale={locale} props={{ locale }} load="eager" />;
}
