/**
 * The Markdown the extension writes, read as a CommonMark renderer reads it (the reference parser,
 * `commonmark`): for the unit tests and the browser tests alike.
 */
import { Parser, type Node as MdNode } from 'commonmark';
import { expect } from 'vitest';

const parser = new Parser();

export interface Parsed {
  links: { text: string; destination: string }[];
  images: { alt: string; destination: string }[];
  types: Map<string, number>;
  blocks: string[];
}

const textOf = (node: MdNode): string => {
  if (node.type === 'text' || node.type === 'code') return node.literal ?? '';
  if (node.type === 'softbreak' || node.type === 'linebreak') return '\n';
  let out = '';
  for (let child = node.firstChild; child; child = child.next) out += textOf(child);
  return out;
};

/** What a CommonMark renderer makes of `markdown`: its links, images, node types and block texts. */
export function parseMarkdown(markdown: string): Parsed {
  const parsed: Parsed = { links: [], images: [], types: new Map(), blocks: [] };
  const walker = parser.parse(markdown).walker();
  for (let event = walker.next(); event; event = walker.next()) {
    if (!event.entering) continue;
    const { node } = event;
    parsed.types.set(node.type, (parsed.types.get(node.type) ?? 0) + 1);
    if (node.type === 'link') parsed.links.push({ text: textOf(node), destination: node.destination ?? '' });
    if (node.type === 'image') parsed.images.push({ alt: textOf(node), destination: node.destination ?? '' });
    if (node.type === 'paragraph' || node.type === 'heading') parsed.blocks.push(textOf(node));
  }
  return parsed;
}

/** The checks every Markdown the project writes must pass: no raw HTML, and every link and image to http(s). */
export function expectSafeMarkdown(markdown: string): Parsed {
  const parsed = parseMarkdown(markdown);
  expect(parsed.types.get('html_inline') ?? 0, markdown).toBe(0);
  expect(parsed.types.get('html_block') ?? 0, markdown).toBe(0);
  for (const { destination } of [...parsed.links, ...parsed.images]) expect(destination, markdown).toMatch(/^https?:\/\//);
  return parsed;
}
