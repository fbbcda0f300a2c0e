/**
 * The body of an article as ordered blocks plus clean HTML, built by walking SCMP's body
 * sections (or Readability's output) and keeping only what a reader needs. The HTML is
 * written from an allowlist here and sanitized again by DOMPurify in the pipeline.
 */
import type { Block } from './article';
import { escapeHtml, normalizedText } from './text';

export interface Body {
  blocks: Block[];
  html: string;
}

const PARAGRAPH = '[datatype="p"], p';
const HEADING = 'h2, h3, h4, [type="h2"], [type="h3"], [type="h4"]';
const INLINE_KEPT = new Set(['EM', 'I', 'STRONG', 'B', 'SUB', 'SUP']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'FORM', 'VIDEO', 'AUDIO', 'CANVAS']);

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

/** Inline content of a paragraph as safe HTML: text, links, emphasis; every other tag unwrapped. */
function inlineHtml(el: Element, ctx: WalkContext): string {
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
        const inner = inlineHtml(e, ctx);
        out += href ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner;
      } else if (INLINE_KEPT.has(tag)) {
        const t = tag.toLowerCase();
        out += `<${t}>${inlineHtml(e, ctx)}</${t}>`;
      } else out += inlineHtml(e, ctx);
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

function visit(el: Element, ctx: WalkContext): void {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED.has(tag) || ctx.isClutter(el)) return;
  if (el.matches(HEADING)) {
    const text = normalizedText(el);
    if (text) {
      ctx.blocks.push({ kind: 'heading', text });
      ctx.html.push(`<h3>${inlineHtml(el, ctx)}</h3>`);
    }
    return;
  }
  if (el.matches(PARAGRAPH) && !el.querySelector(PARAGRAPH)) {
    const text = normalizedText(el);
    if (text) {
      ctx.blocks.push({ kind: 'paragraph', text });
      ctx.html.push(`<p>${inlineHtml(el, ctx)}</p>`);
    }
    return;
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
    return;
  }
  if (tag === 'BLOCKQUOTE') {
    const text = normalizedText(el);
    if (text) {
      ctx.blocks.push({ kind: 'paragraph', text });
      ctx.html.push(`<blockquote><p>${inlineHtml(el, ctx)}</p></blockquote>`);
    }
    return;
  }
  if (tag === 'FIGURE' || tag === 'IMG') {
    imageBlock(el, ctx);
    return;
  }
  for (const child of Array.from(el.children)) visit(child, ctx);
}

/** Walk body containers in order and collect their blocks and clean HTML. */
export function walkBody(containers: readonly Element[], base: string, isClutter: (el: Element) => boolean): Body {
  const ctx: WalkContext = { base, isClutter, blocks: [], html: [] };
  for (const container of containers) for (const child of Array.from(container.children)) visit(child, ctx);
  return { blocks: ctx.blocks, html: ctx.html.join('\n') };
}

/** The paragraphs a reader sees: paragraph and list-item blocks, in order. */
export function paragraphsOf(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'list-item' ? [b.text] : []));
}
