'use client';

import { useId, useMemo, useState } from 'react';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { decodingPipeline } from '@/lib/decoding/pipeline';
import type { PipelineResult } from '@/lib/decoding/pipeline';
import { apiDefaults, distributionSummary, toDecodingConfig } from '@/lib/decoding/playground';
import type { PlaygroundSettings, SettingName } from '@/lib/decoding/playground';
import { decodePlaygroundState, encodePlaygroundState } from '@/lib/decoding/playground-url';
import type { PlaygroundState } from '@/lib/decoding/playground-url';
import { formatFixed } from '@/lib/format';
import { fillTemplate as fill } from '@/lib/format/template';
import { Controls } from './controls';
import { Histogram } from './histogram';
import { DEFAULT_STATE, VOCABS } from './presets';
import type { VocabId } from './presets';
import { ShareLink } from './share-link';
import { StageGrid } from './stage-grid';
import type { Text } from './text';
import { VocabEditor } from './vocab-editor';

type Shown = { vocab: VocabId; settings: PlaygroundSettings; result: PipelineResult };

/** The pipeline for a state, or lib's error message (RangeError / TypeError) when it cannot run. */
function run(state: PlaygroundState): Shown | string {
  try {
    const result = decodingPipeline(state.logits, state.history, toDecodingConfig(state.settings));
    return { vocab: state.vocab as VocabId, settings: state.settings, result };
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The playground; `t` is the page language's text, `search` the query string read when it mounts. */
export function Playground({ t, search }: { t: Text; search: string }) {
  const errorId = useId();
  // decodePlaygroundState only returns vocabularies of VOCABS.
  const [initial] = useState(() => decodePlaygroundState(search, VOCABS, DEFAULT_STATE));
  const [state, setState] = useState(initial.state);
  const [problems, setProblems] = useState(initial.problems);
  const [epoch, setEpoch] = useState(0); // remounts the text fields on "reset"
  const vocab = state.vocab as VocabId;

  const attempt = useMemo(() => run(state), [state]);
  // Bad settings keep the last valid result on screen (the defaults if a link starts bad).
  const [lastGood, setLastGood] = useState(() => {
    const first = typeof attempt === 'string' ? run(DEFAULT_STATE) : attempt;
    return first as Shown;
  });
  if (typeof attempt !== 'string' && attempt !== lastGood) setLastGood(attempt);
  const shown = typeof attempt === 'string' ? lastGood : attempt;
  const tokens = VOCABS[shown.vocab].tokens;
  const summary = useMemo(() => distributionSummary(shown.result.probs), [shown]);
  const query = useMemo(() => encodePlaygroundState(state), [state]);

  const set = (patch: Partial<PlaygroundState>) => setState((s) => ({ ...s, ...patch }));
  const setSetting = (name: SettingName, value: number) =>
    setState((s) => ({ ...s, settings: { ...s.settings, [name]: value } }));

  return (
    <DemoFrame id="decoding-pipeline" title={t.title} hint={t.hint}>
      {problems.length > 0 && (
        <div role="status" className="mb-4 rounded-md border border-pitfall bg-pitfall-soft p-2 text-sm">
          {fill(t.linkProblems, [problems.length])}
          <ul className="list-disc pl-5 font-mono text-xs">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <button type="button" className="underline" onClick={() => setProblems([])}>
            {t.dismiss}
          </button>
        </div>
      )}
      <div className="grid grid-cols-1 gap-5">
        <VocabEditor
          key={`v${epoch}`}
          t={t}
          vocab={vocab}
          logits={state.logits}
          history={state.history}
          onPreset={(id) => set({ vocab: id, logits: VOCABS[id].logits, history: VOCABS[id].history })}
          onLogits={(logits) => set({ logits })}
          onHistory={(history) => set({ history })}
        />
        <Controls
          t={t}
          settings={state.settings}
          vocabSize={VOCABS[vocab].tokens.length}
          onChange={setSetting}
          onDefaults={(api) => set({ settings: apiDefaults(api, state.settings) })}
          onReset={() => {
            setState(DEFAULT_STATE);
            setProblems([]);
            setEpoch((e) => e + 1);
          }}
        />
        <div>
          <output
            data-readout
            aria-live="polite"
            className="block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm"
          >
            {fill(t.readout, [summary.surviving, tokens[summary.top] ?? '', formatFixed(summary.topProb, 2)])}
          </output>
          <InputError id={errorId} message={typeof attempt === 'string' ? t.failed + attempt : null} />
        </div>
        <StageGrid t={t} tokens={tokens} result={shown.result} settings={shown.settings} />
        <Histogram
          key={`h${epoch}`}
          t={t}
          tokens={tokens}
          probs={shown.result.probs}
          seed={state.settings.seed}
          draws={state.settings.draws}
          onChange={setSetting}
        />
        <ShareLink t={t} query={query} changed={state !== initial.state} />
      </div>
    </DemoFrame>
  );
}
