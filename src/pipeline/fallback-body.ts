/**
 * The body when SCMP's body hooks find nothing (a redesign, an older layout): Readability on a
 * copy of the page without its clutter and page furniture, then only the blocks that read as
 * the story. Page furniture is what a fallback would otherwise pass on as the body: navigation,
 * section labels, buttons ("READ FULL ARTICLE", "+ FOLLOW"), the byline, the summary or a
 * caption repeated, and the author's box.
 */
import { Readability } from '@mozilla/readability';
import type { Block, LeadImage } from './article';
import { walkBody } from './body';
import { matchRules, outermost } from '../rules/match';
import type { ClutterRule } from '../rules/rules';

/** Parts of a page that are never the story, by role or by the words in their class or id. */
const FURNITURE =
  'nav, header, footer, aside, button, form, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="button"]';
const FURNITURE_NAME =
  /(?:^|[\s_-])(?:author|authors|bio|byline|follow|share|social|newsletter|related|breadcrumbs?|tags?|topics?)(?:$|[\s_-])/i;

export interface KnownText {
  title: string;
  byline: string | null;
  keyPoints: readonly string[];
  description: string | null;
  leadImage: LeadImage | null;
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** An element that holds three paragraphs of a sentence or more is the story, whatever its name says. */
const holdsStory = (el: Element) => Array.from(el.querySelectorAll('p')).filter((p) => (p.textContent ?? '').length > 80).length >= 3;

function withoutFurniture(doc: Document, rules: readonly ClutterRule[]): Document {
  const clone = doc.cloneNode(true) as Document;
  for (const { element } of outermost(matchRules(clone, rules))) element.remove();
  for (const el of Array.from(clone.querySelectorAll(FURNITURE))) if (!holdsStory(el)) el.remove();
  for (const el of Array.from(clone.querySelectorAll('[class], [id]'))) {
    const named = FURNITURE_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id}`);
    if (named && !el.closest('h1') && !holdsStory(el)) el.remove();
  }
  return clone;
}

/** A text that labels or links rather than tells: a few words, not a sentence. */
const isLabel = (text: string) => text.split(/\s+/).length <= 4 && !/[.!?…"”’]$/.test(text);

function isFurniture(block: Block, known: ReadonlySet<string>, authors: readonly string[]): boolean {
  if (block.kind === 'image') return known.has(fold(block.caption ?? block.alt)) || known.has(block.src);
  const texts = block.kind === 'list' ? block.items.map((i) => i.text) : [block.text];
  return texts.every((text) => {
    const f = fold(text);
    if (known.has(f) || isLabel(text) || text === text.toUpperCase()) return true;
    // An author's box: a biography that opens with the author's name.
    return authors.some((name) => f.startsWith(`${name} is `) || f.startsWith(`${name} was `) || f.startsWith(`${name}, `));
  });
}

/** The story's blocks by Readability, or null when nothing but furniture is left. */
export function readabilityBody(doc: Document, base: string, rules: readonly ClutterRule[], knownText: KnownText): Block[] | null {
  // Readability hands back its content element itself: no HTML to serialize and parse again.
  const parsed = new Readability<Element>(withoutFurniture(doc, rules), { charThreshold: 200, serializer: (el) => el as Element }).parse();
  const content = parsed?.content;
  if (!content) return null;
  const { title, byline, keyPoints, description, leadImage } = knownText;
  const known = new Set([title, byline ?? '', ...keyPoints, description ?? '', leadImage?.caption ?? '', leadImage?.alt ?? ''].map(fold));
  if (leadImage) known.add(leadImage.src);
  known.delete('');
  const authors = (byline ?? '')
    .split(/,\s*|\s+and\s+/)
    .map(fold)
    .filter(Boolean);
  const seen = new Set<string>();
  const blocks = walkBody([content], base, () => false).filter((block) => {
    if (isFurniture(block, known, authors)) return false;
    const key = block.kind === 'image' ? block.src : block.kind === 'list' ? block.items.map((i) => i.text).join('\n') : block.text;
    if (seen.has(key)) return false; // the same text twice is a repeat, not the story going on
    seen.add(key);
    return true;
  });
  // Block ids follow the blocks that are kept.
  return blocks.length ? renumber(blocks) : null;
}

function renumber(blocks: Block[]): Block[] {
  return blocks.map((block, n) => {
    const id = `b${n + 1}`;
    const retag = <T extends { id: string; sentences: { id: string }[] }>(b: T, newId: string): T => ({
      ...b,
      id: newId,
      sentences: b.sentences.map((s) => ({ ...s, id: s.id.replace(b.id, newId) })),
    });
    if (block.kind === 'image') return { ...block, id };
    if (block.kind === 'list') return { ...block, id, items: block.items.map((item, i) => retag(item, `${id}.i${i + 1}`)) };
    return retag(block, id);
  });
}
