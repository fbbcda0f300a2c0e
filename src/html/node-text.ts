/** Text of DOM nodes, and text made safe for HTML: shared by the rules, the pipeline and the renderers. */

/** Visible-ish text of a node with all runs of white space folded to one space. */
export function normalizedText(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
