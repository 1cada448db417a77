import { INJECTION_LIMITS, TOY_PATTERNS, TOY_RULE_IDS } from '@/lib/prompting/injection';
import { groupDigits } from '@/components/demos/shared/number-field';
import type { SandboxText } from './text';

/**
 * The follower's rules in words, numbered as the trace cites them, and rule 2's patterns exactly
 * as lib uses them (the regular expressions' source), so nothing the toy does is hidden.
 */
export function RulesPanel({ t }: { t: SandboxText }) {
  return (
    <details open className="mt-4 rounded-md border border-line px-3 py-2 text-sm">
      <summary className="cursor-pointer py-0.5 font-medium">{t.rulesTitle}</summary>
      <ol data-rules className="mt-2 list-decimal space-y-1 pl-5">
        {TOY_RULE_IDS.map((id) => (
          <li key={id}>{t.rules[id]}</li>
        ))}
      </ol>
      <p className="mt-2 text-muted">{t.taskRule(groupDigits(INJECTION_LIMITS.maxSummaryChars))}</p>
      <details className="mt-2">
        <summary className="cursor-pointer py-0.5">{t.patternsTitle}</summary>
        <ul className="mt-1 space-y-1">
          {TOY_PATTERNS.map((p, i) => (
            <li key={i}>
              <span className="text-muted">
                {t.patternNames[p.id]} · {t.langNames[p.lang]}
              </span>{' '}
              <code className="font-mono text-xs break-all">{`/${p.pattern.source}/${p.pattern.flags}`}</code>
            </li>
          ))}
        </ul>
      </details>
    </details>
  );
}
