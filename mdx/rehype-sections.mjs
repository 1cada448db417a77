/**
 * Wraps the article in one `<section class="doc-section">` per `##` heading (the heading and
 * everything up to the next one); what comes before the first `##` (the learning goals) stays as
 * it is. The sections let the browser skip the style and layout of everything off screen
 * (`content-visibility: auto` in globals.css): on a phone, laying out a long chapter full of
 * KaTeX was most of the main thread's work before the first paint settled.
 */
export default function rehypeSections() {
  return (tree) => {
    const children = [];
    let section = null;
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'h2') {
        section = {
          type: 'element',
          tagName: 'section',
          properties: { className: ['doc-section'] },
          children: [],
        };
        children.push(section);
      }
      (section ? section.children : children).push(node);
    }
    tree.children = children;
  };
}
