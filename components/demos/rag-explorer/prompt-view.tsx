import { useId } from 'react';
import { withBase } from '@/components/ui/site-link';
import { citationLabel, type PromptSource } from './prompt';
import type { RagText } from './text';

/**
 * The assembled prompt as text (a focusable, scrollable region: retrieved text is never parsed
 * as HTML) and the citations as plain links to the sections, text content only.
 */
export function PromptPanel({
  prompt,
  sources,
  t,
}: {
  prompt: string;
  sources: readonly PromptSource[];
  t: RagText;
}) {
  const heading = useId();
  return (
    <div className="mt-5">
      <h3 id={heading} className="text-sm font-semibold">
        {t.promptTitle}
      </h3>
      <p className="text-xs text-muted">{t.promptNote}</p>
      <pre
        data-prompt=""
        role="region"
        aria-labelledby={heading}
        tabIndex={0}
        className="mt-2 max-h-80 overflow-auto rounded-md border border-line bg-surface p-3 font-mono text-[0.8rem] leading-6 break-words whitespace-pre-wrap"
      >
        {prompt}
      </pre>
      {sources.length > 0 && (
        <>
          <p className="mt-3 text-sm font-medium">{t.citations}</p>
          <ol data-citations="" className="mt-1 space-y-1 text-sm">
            {sources.map((s, i) => (
              <li key={`${i}-${s.href}`}>
                <a href={withBase(s.href)} className="underline underline-offset-2 hover:no-underline">
                  {citationLabel(i + 1, s)}
                </a>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
