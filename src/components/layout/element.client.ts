/** An element with its attributes (`true`: present, empty) and children, for the parts scripts draw. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | true> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value === true ? '' : value);
  node.append(...children);
  return node;
}
