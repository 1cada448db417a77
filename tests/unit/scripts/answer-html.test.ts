import { describe, expect, it } from 'vitest';
import { deferAnswers } from '@/scripts/answer-html.mjs';

const slot = (id: string, body: string) =>
  `<div data-answer-rest="${id}" data-pending="Loads with &quot;JS&quot; &amp; more" data-failed="x" data-retry="y">${body}</div>`;

describe('deferAnswers', () => {
  it('moves each answer body to the map and leaves a slot with its source and pending message', () => {
    const first =
      '<p class="qa-label">Deeper</p><div><p>a <span class="katex">x</span></p></div><ul><li>w</li></ul>';
    const second = '<p>b</p><div><div>nested</div></div>';
    const html =
      `<details id="q-a"><summary>A?</summary><div><p>short a</p>${slot('a', first)}</div></details>` +
      `<details id="q-b"><summary>B?</summary>${slot('b', second)}</details><p>after</p>`;
    const result = deferAnswers(html, '/llm/en/x/answers-1.json', 'page.html');

    expect(result.answers).toEqual({ a: first, b: second });
    expect(Object.keys(result.answers)).toEqual(['a', 'b']);
    // the short answer and everything outside the slots stay; the bodies are gone
    expect(result.html).toContain('<p>short a</p>');
    expect(result.html).toContain('<p>after</p>');
    expect(result.html).not.toContain('nested');
    expect(result.html).not.toContain('katex');
    // each slot keeps its attributes, gains data-src and shows the pending message as escaped text
    expect(result.html).toContain(
      '<div data-answer-rest="a" data-pending="Loads with &quot;JS&quot; &amp; more" data-failed="x" data-retry="y" ' +
        'data-src="/llm/en/x/answers-1.json"><p class="text-sm text-muted" data-answer-status>Loads with "JS" &amp; more</p></div>',
    );
  });

  it('leaves a page without interview answers as it is', () => {
    const html = '<article><p>prose</p><div data-island="x"></div></article>';
    expect(deferAnswers(html, '/a.json', 'page.html')).toEqual({ html, answers: {} });
  });

  it('refuses a question that appears twice, naming the file', () => {
    const html = slot('a', '<p>1</p>') + slot('a', '<p>2</p>');
    expect(() => deferAnswers(html, '/a.json', 'twice.html')).toThrow('twice.html: question a appears twice');
  });

  it('names the file when a slot is never closed', () => {
    expect(() => deferAnswers('<div data-answer-rest="a"><div></div>', '/a.json', 'broken.html')).toThrow(
      'broken.html',
    );
  });
});
