import type { StudyAnswer } from './types';
import type { StudyText } from './strings';

/**
 * A question's full answer. The HTML was rendered at build time from the site's own question
 * banks (server/markdown.ts): it is trusted content, never text a learner typed.
 */
export function AnswerView({
  q,
  t,
  deferred,
}: {
  q: StudyAnswer;
  t: Pick<StudyText, 'shortAnswer' | 'deepAnswer' | 'wrongAnswers' | 'followUps'>;
  /**
   * On a chapter page, everything after the short answer is marked for scripts/answers.mjs, which
   * moves it out of the exported HTML into the page's answers JSON (loaded when a question opens,
   * by components/islands/answers.ts). The messages are shown until then, or if the load fails.
   */
  deferred?: { id: string; pending: string; failed: string; retry: string };
}) {
  return (
    <div className="doc-prose prose max-w-none text-[0.95rem] dark:prose-invert">
      <p className="qa-label">{t.shortAnswer}</p>
      <div dangerouslySetInnerHTML={{ __html: q.shortHtml }} />
      <div
        {...(deferred && {
          'data-answer-rest': deferred.id,
          'data-pending': deferred.pending,
          'data-failed': deferred.failed,
          'data-retry': deferred.retry,
        })}
      >
        <AnswerRest q={q} t={t} />
      </div>
    </div>
  );
}

function AnswerRest({
  q,
  t,
}: {
  q: Omit<StudyAnswer, 'shortHtml'>;
  t: Pick<StudyText, 'deepAnswer' | 'wrongAnswers' | 'followUps'>;
}) {
  return (
    <>
      <p className="qa-label">{t.deepAnswer}</p>
      <div dangerouslySetInnerHTML={{ __html: q.deepHtml }} />
      <p className="qa-label">{t.wrongAnswers}</p>
      <ul>
        {q.wrongHtml.map((html, i) => (
          <li key={i} dangerouslySetInnerHTML={{ __html: html }} />
        ))}
      </ul>
      <p className="qa-label">{t.followUps}</p>
      <ul>
        {q.followUpsHtml.map((html, i) => (
          <li key={i} dangerouslySetInnerHTML={{ __html: html }} />
        ))}
      </ul>
    </>
  );
}
