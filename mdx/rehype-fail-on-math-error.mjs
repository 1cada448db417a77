// rehype-katex reports a formula it cannot parse as a warning and renders it in red.
// A malformed formula must fail the build instead, so this plugin (run right after
// rehype-katex) turns those warnings into a fatal error that names the formula.
export default function rehypeFailOnMathError() {
  return (_tree, file) => {
    const errors = file.messages.filter((m) => m.source === 'rehype-katex');
    if (errors.length === 0) return;
    const details = errors
      .map((m) => `  line ${m.line ?? '?'}: ${m.cause instanceof Error ? m.cause.message : m.reason}`)
      .join('\n');
    file.fail(`KaTeX could not render ${errors.length} formula(s):\n${details}`);
  };
}
