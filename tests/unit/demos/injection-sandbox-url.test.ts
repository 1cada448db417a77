import { describe, expect, it } from 'vitest';
import { defaultDraft, DOCUMENTS } from '@/components/demos/injection-sandbox/presets';
import { decodeState, encodeState } from '@/components/demos/injection-sandbox/url-state';

describe('injection sandbox URL state', () => {
  const fallback = defaultDraft('en');

  it('writes the preset, defence and task, and drops an edited document', () => {
    expect(
      encodeState('en', { task: 'count', defence: 'datamark', document: DOCUMENTS.en.fakeDelimiter }),
    ).toEqual({
      'inj-doc': 'fakeDelimiter',
      'inj-def': 'datamark',
      'inj-task': 'count',
    });
    expect(
      encodeState('en', { task: 'summarise', defence: 'naive', document: 'my own text' })['inj-doc'],
    ).toBeNull();
  });

  it('reads a link back, in the page’s language', () => {
    expect(
      decodeState('?inj-doc=hidden&inj-def=least-privilege&inj-task=count', 'zh', defaultDraft('zh')),
    ).toEqual({
      task: 'count',
      defence: 'least-privilege',
      document: DOCUMENTS.zh.hidden,
    });
  });

  it('falls back value by value, and ignores queries without its keys', () => {
    expect(decodeState('?inj-def=shield&inj-doc=evil&inj-task=x', 'en', fallback)).toEqual(fallback);
    expect(decodeState('?inj-def=encode', 'en', fallback)).toEqual({ ...fallback, defence: 'encode' });
    expect(decodeState('?sc-n=3', 'en', fallback)).toBeNull();
    expect(decodeState('', 'en', fallback)).toBeNull();
  });
});
