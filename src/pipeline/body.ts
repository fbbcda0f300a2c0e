/**
 * The body of an article as ordered blocks plus clean HTML, built by walking SCMP's body
 * sections (or Readability's output) and keeping only what a reader needs. The HTML is
 * written from an allowlist here and sanitized again by DOMPurify in the pipeline.
 */
import type { Block } from './article';
import { escapeHtml, normalizedText } from '../html/text';

export interface Body {
  blocks: Block[];
  html: string;
}

const PARAGRAPH = '[datatype="p"], p';
const HEADING = 'h2, h3, h4, [type="h2"], [type="h3"], [type="h4"]';
const INLINE_KEPT = new Set(['EM', 'I', 'STRONG', 'B', 'SUB', 'SUP']);
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'FORM',
  'VIDEO',
  'AUDIO',
  'CANVAS',
]);

/** An absolute http(s) URL, or null for anything else (javascript:, data:, unparsable). */
export function absoluteHttpUrl(value: string | null | undefined, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

interface WalkContext {
  base: string;
  isClutter: (el: Element) => boolean;
  blocks: Block[];
  html: string[];
}

/** Past this depth inside one paragraph, the rest is kept as plain text (no recursion limit to hit). */
const MAX_INLINE_DEPTH = 64;

/** Inline content of a paragraph as safe HTML: text, links, emphasis; every other tag unwrapped. */
function inlineHtml(el: Element, ctx: WalkContext, depth = 0): string {
  if (depth > MAX_INLINE_DEPTH)
    return escapeHtml(el.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
  let out = '';
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) {
      out += escapeHtml(child.nodeValue ?? '');
    } else if (child.nodeType === 1) {
      const e = child as Element;
      const tag = e.tagName.toUpperCase();
      if (SKIPPED.has(tag) || ctx.isClutter(e)) continue;
      if (tag === 'BR') out += '<br>';
      else if (tag === 'A') {
        const href = absoluteHttpUrl(e.getAttribute('href'), ctx.base);
        const inner = inlineHtml(e, ctx, depth + 1);
        out += href ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner;
      } else if (INLINE_KEPT.has(tag)) {
        const t = tag.toLowerCase();
        out += `<${t}>${inlineHtml(e, ctx, depth + 1)}</${t}>`;
      } else out += inlineHtml(e, ctx, depth + 1);
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}

function imageBlock(figure: Element, ctx: WalkContext): void {
  const img = figure.matches('img') ? figure : figure.querySelector('img');
  if (!img) return;
  const src = absoluteHttpUrl(img.getAttribute('src') ?? img.getAttribute('data-src'), ctx.base);
  if (!src) return;
  const alt = (img.getAttribute('alt') ?? '').trim();
  const captionEl = figure.querySelector('figcaption');
  const caption = captionEl ? normalizedText(captionEl) || null : alt || null;
  ctx.blocks.push({ kind: 'image', src, alt, caption });
  ctx.html.push(
    `<figure><img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}">` +
      (caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : '') +
      '</figure>',
  );
}

/** Handle one element as a block; false when it is only a wrapper whose children are blocks. */
function visitBlock(el: Element, ctx: WalkContext): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED.has(tag) || ctx.isClutter(el)) return true;
  if (el.matches(HEADING)) {
    const text = normalizedText(el);
    if (text) {
      ctx.blocks.push({ kind: 'heading', text });
      ctx.html.push(`<h3>${inlineHtml(el, ctx)}</h3>`);
    }
    return true;
  }
  if (el.matches(PARAGRAPH) && !el.querySelector(PARAGRAPH)) {
    const text = normalizedText(el);
    if (text) {
      ctx.blocks.push({ kind: 'paragraph', text });
      ctx.html.push(`<p>${inlineHtml(el, ctx)}</p>`);
    }
    return true;
  }
  if (tag === 'UL' || tag === 'OL') {
    const items: string[] = [];
    for (const li of Array.from(el.children)) {
      if (li.tagName.toUpperCase() !== 'LI' || ctx.isClutter(li)) continue;
      const text = normalizedText(li);
      if (!text) continue;
      ctx.blocks.push({ kind: 'list-item', text });
      items.push(`<li>${inlineHtml(li, ctx)}</li>`);
    }
    const t = tag.toLowerCase();
    if (items.length) ctx.html.push(`<${t}>${items.join('')}</${t}>`);
    return true;
  }
  if (tag === 'BLOCKQUOTE') {
    const text = normalizedText(el);
    if (text) {
      ctx.blocks.push({ kind: 'paragraph', text });
      ctx.html.push(`<blockquote><p>${inlineHtml(el, ctx)}</p></blockquote>`);
    }
    return true;
  }
  if (tag === 'FIGURE' || tag === 'IMG') {
    imageBlock(el, ctx);
    return true;
  }
  return false;
}

/** Walk body containers in order and collect their blocks and clean HTML. */
export function walkBody(containers: readonly Element[], base: string, isClutter: (el: Element) => boolean): Body {
  const ctx: WalkContext = { base, isClutter, blocks: [], html: [] };
  // An explicit stack, not recursion: a hostile page may nest its body 10,000 elements deep.
  const stack: Element[] = [];
  for (const container of [...containers].reverse()) stack.push(...Array.from(container.children).reverse());
  while (stack.length) {
    const el = stack.pop() as Element;
    if (!visitBlock(el, ctx)) stack.push(...Array.from(el.children).reverse());
  }
  return { blocks: ctx.blocks, html: ctx.html.join('\n') };
}

/** The paragraphs a reader sees: paragraph and list-item blocks, in order. */
export function paragraphsOf(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'list-item' ? [b.text] : []));
}
