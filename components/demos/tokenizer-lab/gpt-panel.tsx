'use client';

import { useEffect, useId, useMemo, useState } from 'react';
import { InputError } from '@/components/ui/demo-frame';
import { useHydrated } from '@/components/ui/use-hydrated';
import { formatFixed } from '@/lib/format';
import { byteLevelEncode } from '@/lib/tokenization';
import { ENCODINGS, loadEncoding, type EncodingName, type LoadedEncoding } from './gpt-load';
import {
  analyzeTokens,
  GPT_MAX_CHARS,
  GPT_MAX_CHIPS,
  prepareGptText,
  tokensPerChar,
  type GptAnalysis,
  type PartCounts,
} from './gpt-stats';
import type { TokenizerLabText } from './text';
import { TokenChips, type Chip } from './token-chips';
import { hexBytes, visibleText } from './unicode';

type Status = 'idle' | 'loading' | 'ready' | 'failed';

/** One tokenization on screen: which encoding made it, of which text. */
interface Result {
  encoding: EncodingName;
  text: string;
  analysis: GptAnalysis;
}

const CELL = 'py-1 pr-3 text-right font-mono tabular-nums';

/**
 * The GPT tab: the reader's text through o200k_base or cl100k_base. The static HTML and the first
 * render show the text and an honest "loads on demand" readout; the encoding is fetched in an
 * effect, after hydration, and only while this tab is shown.
 */
export function GptPanel({
  t,
  text,
  onText,
  encoding,
  onEncoding,
  byteView,
  onByteView,
}: {
  t: TokenizerLabText;
  text: string;
  onText: (text: string) => void;
  encoding: EncodingName;
  onEncoding: (name: EncodingName) => void;
  byteView: boolean;
  onByteView: (on: boolean) => void;
}) {
  const ids = { text: useId(), error: useId(), encoding: useId(), bytes: useId() };
  const hydrated = useHydrated();
  const [loaded, setLoaded] = useState<LoadedEncoding | null>(null);
  const [failed, setFailed] = useState<EncodingName | null>(null);
  const [attempt, setAttempt] = useState(0);
  // Megabytes of merge ranks: fetched only once the reader asks (button, typing, another encoding).
  const [armed, setArmed] = useState(false);

  // Fetch the encoding after hydration (effects never run in the static render).
  useEffect(() => {
    if (!armed) return;
    let live = true;
    loadEncoding(encoding).then(
      (enc) => live && setLoaded(enc),
      () => live && setFailed(encoding),
    );
    return () => {
      live = false;
    };
  }, [encoding, attempt, armed]);
  const status: Status =
    !hydrated || !armed
      ? 'idle'
      : failed === encoding
        ? 'failed'
        : loaded?.name === encoding
          ? 'ready'
          : 'loading';

  const prepared = useMemo(() => prepareGptText(text), [text]);
  const fresh = useMemo((): Result | null => {
    if (!loaded || loaded.name !== encoding || prepared.text === '') return null;
    try {
      const tokenIds = loaded.encode(prepared.text);
      return {
        encoding,
        text: prepared.text,
        analysis: analyzeTokens(prepared.text, tokenIds, loaded.bytesOf),
      };
    } catch {
      return null;
    }
  }, [loaded, encoding, prepared.text]);
  // The last valid tokenization stays on screen while the text is empty or a new encoding loads.
  const [good, setGood] = useState<Result | null>(null);
  if (fresh && fresh !== good) setGood(fresh);
  const shown = fresh ?? good;

  const byteLevel = useMemo(() => {
    if (!byteView || !shown) return null;
    try {
      return byteLevelEncode(shown.text);
    } catch {
      return null;
    }
  }, [byteView, shown]);

  const name = t.encodings[encoding];
  const ratio = (part: PartCounts) => {
    const r = tokensPerChar(part);
    return r === null ? '—' : formatFixed(r, 2);
  };
  let readout: string;
  if (status === 'failed') readout = t.gptFailed(name);
  else if (fresh) {
    const { total } = fresh.analysis;
    readout = t.gptReadout(name, total.tokens, total.chars, total.bytes, ratio(total));
  } else if (status === 'ready' && shown) {
    const { total } = shown.analysis;
    readout = t.gptReadout(t.encodings[shown.encoding], total.tokens, total.chars, total.bytes, ratio(total));
  } else if (status === 'ready') readout = t.gptReady(name);
  else readout = status === 'idle' ? t.gptIdle(name) : t.gptLoading(name);

  const error = text.trim() === '' ? t.gptEmpty : null;
  const analysis = shown?.analysis;
  const chips: Chip[] = (analysis?.tokens ?? []).slice(0, GPT_MAX_CHIPS).map((token) => {
    if (byteView) return { label: token.byteLevel, sub: String(token.id), tokenId: token.id };
    if (token.text !== null)
      return { label: visibleText(token.text), sub: String(token.id), tokenId: token.id };
    const hex = hexBytes(token.bytes);
    return { label: hex, sub: String(token.id), variant: 'bytes', note: t.partial(hex), tokenId: token.id };
  });

  return (
    <div>
      <label htmlFor={ids.text} className="block text-sm font-medium">
        {t.gptText}
      </label>
      <textarea
        id={ids.text}
        value={text}
        rows={3}
        spellCheck={false}
        onChange={(e) => {
          setArmed(true);
          onText(e.target.value);
        }}
        aria-invalid={error !== null}
        aria-describedby={ids.error}
        className="mt-1 w-full rounded-md border border-line bg-surface px-2 py-1.5 text-sm aria-invalid:border-red-600"
      />
      <InputError id={ids.error} message={error} />
      {prepared.truncated && <p className="text-sm text-pitfall">{t.gptTruncated(GPT_MAX_CHARS)}</p>}
      {prepared.surrogates.count > 0 && (
        <p className="text-sm text-pitfall">
          {t.gptSurrogates(
            prepared.surrogates.count,
            prepared.surrogates.firstIndex,
            prepared.surrogates.firstCode,
          )}
        </p>
      )}

      <div className="mt-2 flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
        <div className="flex items-center gap-2">
          <label htmlFor={ids.encoding} className="font-medium">
            {t.encoding}
          </label>
          <select
            id={ids.encoding}
            value={encoding}
            onChange={(e) => {
              setArmed(true);
              onEncoding(e.target.value as EncodingName);
            }}
            className="min-h-8 max-w-full rounded-md border border-line bg-surface px-2 py-1"
          >
            {ENCODINGS.map((enc) => (
              <option key={enc} value={enc}>
                {t.encodings[enc]}
              </option>
            ))}
          </select>
        </div>
        <label htmlFor={ids.bytes} className="flex min-h-6 cursor-pointer items-center gap-2">
          <input
            id={ids.bytes}
            type="checkbox"
            checked={byteView}
            onChange={(e) => onByteView(e.target.checked)}
            className="size-4 accent-accent"
          />
          {t.byteView}
        </label>
      </div>

      <output
        data-readout
        aria-live="polite"
        className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm"
      >
        {readout}
      </output>
      {status === 'idle' && (
        <button
          type="button"
          data-load-tokenizer
          onClick={() => setArmed(true)}
          className="mt-2 min-h-8 rounded-md border border-line px-2.5 py-1 text-sm hover:bg-surface-2"
        >
          {t.gptLoad}
        </button>
      )}
      {status === 'failed' && (
        <button
          type="button"
          onClick={() => {
            setFailed(null);
            setAttempt((a) => a + 1);
          }}
          className="mt-2 rounded-md border border-line px-2.5 py-1 text-sm hover:bg-surface-2"
        >
          {t.retry}
        </button>
      )}

      {analysis && (
        <>
          <p className="mt-3 text-sm font-medium">{t.gptChips(chips.length, analysis.tokens.length)}</p>
          <TokenChips
            chips={chips}
            label={t.gptChips(chips.length, analysis.tokens.length)}
            className="mt-1"
          />
          <p className="mt-2 text-xs text-muted">{byteView ? t.byteLevelNote : t.chipsNote}</p>
          {byteLevel !== null && (
            <p className="mt-2 text-sm">
              {t.byteLevelText} <code className="font-mono break-all">{byteLevel}</code>
            </p>
          )}
          {analysis.mismatch && <p className="mt-1 text-sm text-pitfall">{t.gptMismatch}</p>}

          <table className="mt-4 w-full text-sm">
            <caption className="mb-1 text-left text-muted">{t.statsCaption}</caption>
            <thead>
              <tr className="border-b border-line">
                {t.statsColumns.map((c, i) => (
                  <th
                    key={c}
                    scope="col"
                    className={`py-1 pr-3 font-medium ${i === 0 ? 'text-left' : 'text-right'}`}
                  >
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {(['cjk', 'other', 'total'] as const).map((row) => {
                const part = analysis[row];
                return (
                  <tr key={row} className="border-b border-line/60">
                    <th scope="row" className="py-1 pr-3 text-left font-normal">
                      {t.statsRows[row]}
                    </th>
                    <td className={CELL}>{part.chars}</td>
                    <td className={CELL}>{part.bytes}</td>
                    <td className={CELL}>{part.tokens}</td>
                    <td className={CELL}>{ratio(part)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {analysis.both > 0 && <p className="mt-1 text-xs text-muted">{t.statsBoth(analysis.both)}</p>}
        </>
      )}
      <p className="mt-2 text-xs text-muted">
        {t.statsNote} {t.specialNote}
      </p>
    </div>
  );
}
