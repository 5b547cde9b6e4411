/**
 * A rehype step for module prose: every Markdown table takes keyboard focus. On a phone a wide table
 * scrolls sideways inside itself (global.css), and a keyboard user can only scroll what can be focused
 * (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

export function focusableTables() {
  return (tree: HastNode): void => {
    const visit = (node: HastNode) => {
      if (node.type === 'element' && node.tagName === 'table') node.properties = { ...node.properties, tabIndex: 0 };
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
