/** Types of scripts/island-html.mjs (the project compiles no JavaScript). */
export function attribute(tag: string, name: string): string | undefined;
export function closingDiv(html: string, from: number, file: string): { innerEnd: number; end: number };
export function renderIslands(
  html: string,
  renderIsland: (
    name: string,
    props: Record<string, unknown>,
    locale: string,
    prefix: string,
  ) => Promise<string>,
  file: string,
): Promise<{ html: string; count: number }>;
export function replaceRuntime(html: string, scriptSrc: string, preloadSrcs?: readonly string[]): string;
