// Display formulas wider than a phone screen scroll sideways (see .katex-display in globals.css).
// A scrollable region must be reachable by keyboard to be scrolled without a mouse, so every
// display formula joins the tab order.
import { visit } from 'unist-util-visit';

export default function rehypeMathScroll() {
  return (tree) => {
    visit(tree, 'element', (node) => {
      const classes = node.properties?.className;
      if (Array.isArray(classes) && classes.includes('katex-display')) {
        node.properties.tabIndex = 0;
      }
    });
  };
}
