import { SiteLink } from '@/components/ui/site-link';
import { z } from 'zod';
import { AnswerView } from '@/components/study/answer-view';
import { getQuestions } from '@/server/questions';
import type { RenderedQuestion } from '@/server/questions';
import { currentMdxPage, useLocaleStrings } from './strings';
import { parseProps } from './validate';

const schema = z.object({}).strict();

/**
 * The interview questions of the current page, from the chapter's question bank
 * (content/<locale>/questions/<chapter>.json): every question whose `section` is on this page,
 * answers collapsed (they print open). The same questions feed the review page. In the exported
 * page only the short answers stay in the HTML; the rest is fetched when a question opens
 * (scripts/answers.mjs, components/islands/answers.ts), which keeps long pages light on a phone.
 */
export function InterviewQuestions(props: Record<string, never>) {
  parseProps('InterviewQuestions', schema, props);
  const { locale, chapter, page } = currentMdxPage();
  const t = useLocaleStrings();
  const questions = getQuestions(locale).filter((q) => q.chapter === chapter && q.page === page);
  if (questions.length === 0) {
    throw new Error(
      `<InterviewQuestions> on ${locale}/${chapter}/${page}: the bank has no question for this page`,
    );
  }
  return (
    <div className="not-prose my-6 space-y-3">
      {questions.map((q) => (
        <QuestionCard key={q.id} q={q} t={t} />
      ))}
      <p className="pt-2 text-sm">
        <SiteLink
          href={`/${locale}/review/?chapter=${chapter}`}
          className="text-accent-strong underline underline-offset-4"
        >
          {t.drill} →
        </SiteLink>
      </p>
    </div>
  );
}

function QuestionCard({ q, t }: { q: RenderedQuestion; t: ReturnType<typeof useLocaleStrings> }) {
  return (
    <details id={`q-${q.id}`} className="group rounded-lg border border-line px-5 py-3 open:bg-surface-2/50">
      <summary className="cursor-pointer list-none">
        <span className="flex items-start gap-3">
          <span
            className="mt-0.5 inline-block text-muted transition-transform group-open:rotate-90"
            aria-hidden="true"
          >
            ▸
          </span>
          <span className="flex-1 font-medium" dangerouslySetInnerHTML={{ __html: q.questionHtml }} />
          <span className="shrink-0 rounded-full border border-line px-2 py-0.5 text-xs text-muted">
            {t.levels[q.difficulty]}
          </span>
        </span>
      </summary>
      <div className="mt-3 pl-6">
        <AnswerView
          q={q}
          t={t}
          deferred={{ id: q.id, pending: t.answerPending, failed: t.answerFailed, retry: t.retry }}
        />
      </div>
    </details>
  );
}
