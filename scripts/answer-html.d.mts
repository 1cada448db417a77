/** Types of scripts/answer-html.mjs (the project compiles no JavaScript). */
export function deferAnswers(
  html: string,
  src: string,
  file: string,
): { html: string; answers: Record<string, string> };
