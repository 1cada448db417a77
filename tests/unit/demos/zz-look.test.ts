import { it, vi } from 'vitest';
import { parseCorpus, type RagCorpus } from '@/components/demos/rag-explorer/corpus';
import { Explorer } from '@/components/demos/rag-explorer/explorer';
import { DEFAULT_SETTINGS } from '@/components/demos/rag-explorer/settings';
import { buildRagCorpus } from '@/server/rag-corpus';
import { renderDemo } from './render-island';
const corpora: Record<string, RagCorpus | null> = { zh: parseCorpus(JSON.parse(JSON.stringify(buildRagCorpus('zh'))), 'zh'), en: parseCorpus(JSON.parse(JSON.stringify(buildRagCorpus('en'))), 'en') };
vi.mock('@/components/demos/rag-explorer/use-corpus', () => ({ useCorpus: (l: string) => ({ status: 'ready', corpus: corpora[l], retry: () => {} }) }));
it('look', () => {
  for (const l of ['en', 'zh'] as const) {
    const html = renderDemo(Explorer, { initial: DEFAULT_SETTINGS[l] }, l);
    const text = html.replace(/<!-- -->/g, '').replace(/<(li|p|h4|tr|caption|pre|output|section|ol|div|label|button)[^>]*>/g, '\n').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n');
    console.log(text);
    console.log('HTML KB', (html.length / 1024).toFixed(1));
  }
});
