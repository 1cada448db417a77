import { DocPage } from '@/components/layout/doc-page';
import { pageMetadata, resolvePage, staticPageParams } from '../page-params';

export const dynamicParams = false;

export function generateStaticParams() {
  return staticPageParams().filter((p) => p.page === 'index');
}

type Params = Promise<{ locale: string; chapter: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  return pageMetadata(resolvePage({ ...(await params), page: 'index' }));
}

export default async function ChapterIndex({ params }: { params: Params }) {
  return <DocPage page={resolvePage({ ...(await params), page: 'index' })} />;
}
