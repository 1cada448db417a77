import { notFound } from 'next/navigation';
import { isLocale, locales } from '@/lib/i18n';
import { getRagCorpus } from '@/server/rag-corpus';

/**
 * The retriever demo's corpus (components/demos/rag-explorer/) as a static JSON file per language,
 * `/<locale>/rag/corpus.json`: the plain text of every chapter section and glossary entry, built
 * from the MDX sources and the glossary at build time (server/rag-corpus.ts). The demo fetches it
 * when it starts, so no page's HTML or first load carries it. Written the way the review page's
 * banks are (app/[locale]/review/data/[file]/route.ts), but as a route of its own: the corpus
 * belongs to a demo on a chapter page, not to the review app, and is one fixed file per language.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return Response.json(getRagCorpus(locale));
}
