/**
 * The body of an article as blocks of inline runs, built by walking SCMP's body sections (or
 * Readability's output) and keeping only what a reader needs: text, links, emphasis, images.
 * Nothing is written as HTML here; every renderer writes its own format from the blocks.
 */
import type { Block, Inline, TextBlock } from './article';
import { absoluteHttpUrl } from '../html/urls';
import { normalizedText } from '../html/node-text';
import { sentencesOf } from './sentences';
import { PARAGRAPH as SCMP_PARAGRAPH } from '../rules/scmp-markup';

const PARAGRAPH = `${SCMP_PARAGRAPH}, p`;
const HEADING = 'h2, h3, h4, [type="h2"], [type="h3"], [type="h4"]';
const EMPHASIS = new Set(['EM', 'I']);
const STRONG = new Set(['STRONG', 'B']);
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'FORM', 'VIDEO', 'AUDIO', 'CANVAS',
]); // prettier-ignore

interface WalkContext {
  base: string;
  isClutter: (el: Element) => boolean;
  blocks: Block[];
}

/** Past this depth inside one paragraph, the rest is kept as plain text (no recursion limit to hit). */
const MAX_INLINE_DEPTH = 64;

/** The inline runs of an element: text, links and emphasis; every other tag unwrapped. */
function inlineRuns(el: Element, ctx: WalkContext, depth = 0): Inline[] {
  if (depth > MAX_INLINE_DEPTH) return [{ kind: 'text', text: el.textContent ?? '' }];
  const runs: Inline[] = [];
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) addRun(runs, { kind: 'text', text: child.nodeValue ?? '' });
    if (child.nodeType !== 1) continue;
    const e = child as Element;
    const tag = e.tagName.toUpperCase();
    if (SKIPPED.has(tag) || ctx.isClutter(e)) continue;
    if (tag === 'BR') {
      addRun(runs, { kind: 'text', text: ' ' });
      continue;
    }
    const children = inlineRuns(e, ctx, depth + 1);
    const href = tag === 'A' ? absoluteHttpUrl(e.getAttribute('href'), ctx.base) : null;
    if (href) runs.push({ kind: 'link', href, children });
    else if (EMPHASIS.has(tag)) runs.push({ kind: 'emphasis', children });
    else if (STRONG.has(tag)) runs.push({ kind: 'strong', children });
    else for (const run of children) addRun(runs, run);
  }
  return runs;
}

/**
 * Text next to text is one run, however the DOM split it: an unwrapped `<span>`, a `<br>`, a text
 * node a script appended, or a parser's node per entity (linkedom, for the command line).
 */
function addRun(runs: Inline[], run: Inline): void {
  const last = runs[runs.length - 1];
  if (run.kind === 'text' && last?.kind === 'text') runs[runs.length - 1] = { kind: 'text', text: last.text + run.text };
  else runs.push(run);
}

/**
 * White space folded across the runs as `normalizedText` folds it, ends trimmed, empty runs
 * dropped: the runs' text, flattened, is the block's `text`. A space between two runs stays
 * with the run before it ("More " + link), as a browser renders it.
 */
function foldWhiteSpace(runs: Inline[]): Inline[] {
  let afterSpace = true; // at the start, as after a space: leading white space goes
  const fold = (list: Inline[]): Inline[] =>
    list.flatMap((run): Inline[] => {
      if (run.kind !== 'text') {
        const children = fold(run.children);
        return children.length ? [{ ...run, children }] : [];
      }
      let out = '';
      for (const part of run.text.split(/(\s+)/)) {
        if (!part || (afterSpace && /^\s/.test(part))) continue;
        out += /^\s/.test(part) ? ' ' : part;
        afterSpace = /^\s/.test(part);
      }
      return out ? [{ kind: 'text', text: out }] : [];
    });
  return trimEnd(fold(runs));
}

/** The runs without the space at their very end (and without a run left empty by that). */
function trimEnd(runs: Inline[]): Inline[] {
  const last = runs[runs.length - 1];
  if (!last) return runs;
  const trimmed: Inline | null =
    last.kind === 'text'
      ? last.text.trimEnd()
        ? { kind: 'text', text: last.text.trimEnd() }
        : null
      : trimEnd(last.children).length
        ? { ...last, children: trimEnd(last.children) }
        : null;
  return [...runs.slice(0, -1), ...(trimmed ? [trimmed] : [])];
}

export const flatText = (runs: readonly Inline[]): string => runs.map((r) => (r.kind === 'text' ? r.text : flatText(r.children))).join('');

/** A text block from an element, or null when it holds no text. */
function textBlock(el: Element, id: string, ctx: WalkContext): TextBlock | null {
  const runs = foldWhiteSpace(inlineRuns(el, ctx));
  const text = flatText(runs);
  return text ? { id, text, runs, sentences: sentencesOf(id, text) } : null;
}

function imageBlock(figure: Element, id: string, ctx: WalkContext): Block | null {
  const img = figure.matches('img') ? figure : figure.querySelector('img');
  if (!img) return null;
  const src = absoluteHttpUrl(img.getAttribute('src') ?? img.getAttribute('data-src'), ctx.base);
  if (!src) return null;
  const alt = (img.getAttribute('alt') ?? '').trim();
  const captionEl = figure.querySelector('figcaption');
  const caption = captionEl ? normalizedText(captionEl) || null : alt || null;
  return { kind: 'image', id, src, alt, caption };
}

function listBlock(el: Element, id: string, ctx: WalkContext): Block | null {
  const items = Array.from(el.children).flatMap((li, n) => {
    if (li.tagName.toUpperCase() !== 'LI' || ctx.isClutter(li)) return [];
    const item = textBlock(li, `${id}.i${n + 1}`, ctx);
    return item ? [item] : [];
  });
  return items.length ? { kind: 'list', id, ordered: el.tagName.toUpperCase() === 'OL', items } : null;
}

/** The block an element is, null when it is one with nothing in it, undefined when it is only a wrapper. */
function blockOf(el: Element, id: string, ctx: WalkContext): Block | null | undefined {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED.has(tag) || ctx.isClutter(el)) return null;
  const text = (kind: 'paragraph' | 'heading' | 'quote') => {
    const block = textBlock(el, id, ctx);
    return block ? { kind, ...block } : null;
  };
  if (el.matches(HEADING)) return text('heading');
  if (el.matches(PARAGRAPH) && !el.querySelector(PARAGRAPH)) return text('paragraph');
  if (tag === 'BLOCKQUOTE') return text('quote');
  if (tag === 'UL' || tag === 'OL') return listBlock(el, id, ctx);
  if (tag === 'FIGURE' || tag === 'IMG') return imageBlock(el, id, ctx);
  return undefined;
}

/** Walk body containers in order and collect their blocks, with ids b1, b2, … */
export function walkBody(containers: readonly Element[], base: string, isClutter: (el: Element) => boolean): Block[] {
  const ctx: WalkContext = { base, isClutter, blocks: [] };
  // An explicit stack, not recursion: a hostile page may nest its body 10,000 elements deep.
  const stack: Element[] = [];
  for (const container of [...containers].reverse()) stack.push(...Array.from(container.children).reverse());
  while (stack.length) {
    const el = stack.pop() as Element;
    const block = blockOf(el, `b${ctx.blocks.length + 1}`, ctx);
    if (block === undefined) stack.push(...Array.from(el.children).reverse());
    else if (block) ctx.blocks.push(block);
  }
  return ctx.blocks;
}
