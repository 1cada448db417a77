// Gives every heading an explicit, stable id written by the author:
//
//   ## 什么是语言模型 {/*what-is-a-language-model*/}
//
// The id is the same in zh and en, so links and the language switch land on the same section
// (react.dev uses the same `{/*id*/}` convention). A level-2 or level-3 heading without an id,
// a malformed id or a duplicate id fails the build.
import { visit } from 'unist-util-visit';

const ID_COMMENT = /^\/\*\s*([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/$/;

export default function remarkHeadingIds() {
  return (tree, file) => {
    const seen = new Set();
    visit(tree, 'heading', (node) => {
      const last = node.children.at(-1);
      const match = last?.type === 'mdxTextExpression' ? ID_COMMENT.exec(last.value.trim()) : null;
      if (!match) {
        if (node.depth === 2 || node.depth === 3) {
          const line = node.position?.start.line ?? '?';
          file.fail(
            `Heading on line ${line} needs an explicit id: "## Title {/*kebab-case-id*/}"`,
            node,
            'remark-heading-ids:missing',
          );
        }
        return;
      }
      const id = match[1];
      if (seen.has(id)) {
        file.fail(`Duplicate heading id "${id}"`, node, 'remark-heading-ids:duplicate');
      }
      seen.add(id);
      node.children.pop();
      // Drop the space that separated the title from the id comment.
      const prev = node.children.at(-1);
      if (prev?.type === 'text') prev.value = prev.value.trimEnd();
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    });
  };
}
