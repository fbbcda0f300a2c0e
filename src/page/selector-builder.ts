/**
 * A selector for an element the reader picked, made to survive SCMP's next build: the element's
 * own stable hook (SCMP's hook attribute, an id that is not generated, an `aria-label`, a role) first, else the
 * nearest such hook above it and the path down by tag and position. Never a class name: emotion's
 * (`css-1c6uqr6`, `e8zc9q40`) change with every deploy.
 */
import { HOOK_ATTRIBUTE } from '../rules/scmp-markup';

/** A value in double quotes, in a CSS attribute selector. */
const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/** Generated ids (React's `:r1:`, numbered or hashed ones) change between loads. */
const stableId = (id: string) => /^[A-Za-z][\w-]{1,60}$/.test(id) && !/\d{3,}|[0-9a-f]{8}/i.test(id);

const IGNORED_ROLES = new Set(['presentation', 'none', 'generic']);

/** The element's own stable hook, or null. */
function hookOf(el: Element): string | null {
  const qa = el.getAttribute(HOOK_ATTRIBUTE);
  if (qa) return `[${HOOK_ATTRIBUTE}=${quoted(qa)}]`;
  if (el.id && stableId(el.id)) return `[id=${quoted(el.id)}]`;
  const label = el.getAttribute('aria-label');
  if (label && label.length <= 80) return `${el.localName}[aria-label=${quoted(label)}]`;
  const role = el.getAttribute('role');
  if (role && !IGNORED_ROLES.has(role)) return `${el.localName}[role=${quoted(role)}]`;
  return null;
}

function positionIn(el: Element): string {
  const parent = el.parentElement;
  const same = parent ? Array.from(parent.children).filter((c) => c.localName === el.localName) : [el];
  return same.length > 1 ? `${el.localName}:nth-of-type(${same.indexOf(el) + 1})` : el.localName;
}

/** The path from the nearest ancestor with a hook (or the body) down to the element. */
function pathFromAncestor(el: Element): string {
  const path = [positionIn(el)];
  let node: Element = el.parentElement ?? el;
  while (node.parentElement && !hookOf(node) && node.localName !== 'body') {
    path.unshift(positionIn(node));
    node = node.parentElement;
  }
  return [hookOf(node) ?? node.localName, ...path].join(' > ');
}

/**
 * The element's own hook, else the path from the nearest hook above it. `accept` may refuse the
 * first (SCMP gives every link the same hook: hiding them all would hide the story's links).
 */
export function buildSelector(el: Element, accept: (selector: string) => boolean = () => true): string {
  const own = hookOf(el);
  if (own && accept(own)) return own;
  return pathFromAncestor(el);
}

/** What a picked element is, for the reader: its hook or tag, and the start of its text. */
export function describeElement(el: Element): string {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const what = el.getAttribute(HOOK_ATTRIBUTE) ?? el.getAttribute('aria-label') ?? el.localName;
  return text ? `${what}: “${text.length > 60 ? `${text.slice(0, 59)}…` : text}”` : what;
}
