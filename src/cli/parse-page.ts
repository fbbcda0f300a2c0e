/**
 * A saved page → a `Document`, fast and as a browser would build it. jsdom took 155 ms to parse a
 * real 700 KB page (median, five real pages); linkedom's own parser 7 ms, but it is not the HTML
 * standard's: on malformed markup (the mutation-XSS inputs of the hostile corpus, a stray `<p>`)
 * it builds another tree than a browser. So parse5, the standard's tree construction that jsdom
 * itself uses, builds the tree straight into linkedom's DOM through this tree adapter: about
 * 30 ms a page, and the same article as from the browser’s DOMParser, field for field, on the
 * fixture, the real pages and every hostile input (test/unit/cli-dom.jsdom.test.ts).
 */
import { parseHTML } from 'linkedom';
import { parse, type DefaultTreeAdapterMap, type TreeAdapter, type TreeAdapterTypeMap, type Token } from 'parse5';

type LinkedomMap = TreeAdapterTypeMap<
  Node,
  ParentNode & Node,
  ChildNode,
  Document,
  DocumentFragment,
  Element,
  Comment,
  Text,
  HTMLTemplateElement,
  DocumentType
>;
type DocumentMode = Parameters<TreeAdapter<DefaultTreeAdapterMap>['setDocumentMode']>[1];

type Namespace = ReturnType<TreeAdapter['getNamespaceURI']>;
const HTML_NS = 'http://www.w3.org/1999/xhtml';

function setAttributes(el: Element, attrs: Token.Attribute[]): void {
  for (const { name, value, prefix } of attrs) {
    // A name the DOM refuses (malformed markup can make one) is dropped, as a browser's parser never builds it either.
    try {
      el.setAttribute(prefix ? `${prefix}:${name}` : name, value);
    } catch {
      /* not a valid attribute name */
    }
  }
}

function adapterFor(doc: Document): TreeAdapter<LinkedomMap> {
  // linkedom keeps only the SVG namespace (a MathML element reports HTML's); parse5 decides by
  // the namespace it gave (`<table>` inside `<mtext>`), so it is asked back from here.
  const namespaces = new WeakMap<Element, Namespace>();
  // The document's quirks mode, which parse5 asks back while it builds (tables inside paragraphs).
  let mode = 'no-quirks' as DocumentMode;
  return {
    createDocument: () => doc,
    createDocumentFragment: () => doc.createDocumentFragment(),
    createElement(tagName, namespaceURI, attrs) {
      const el = namespaceURI === HTML_NS ? doc.createElement(tagName) : doc.createElementNS(namespaceURI, tagName);
      namespaces.set(el, namespaceURI);
      setAttributes(el, attrs);
      return el;
    },
    createCommentNode: (data) => doc.createComment(data),
    createTextNode: (value) => doc.createTextNode(value),
    appendChild: (parent, node) => void parent.appendChild(node),
    insertBefore: (parent, node, reference) => void parent.insertBefore(node, reference),
    // linkedom's template keeps its own content fragment: parse5's is not needed.
    setTemplateContent: () => undefined,
    getTemplateContent: (template) => template.content,
    setDocumentType: () => undefined,
    setDocumentMode: (_document, next) => void (mode = next),
    getDocumentMode: () => mode,
    detachNode: (node) => node.parentNode?.removeChild(node),
    insertText(parent, text) {
      const last = parent.lastChild;
      if (last?.nodeType === 3) (last as Text).data += text;
      else parent.appendChild(doc.createTextNode(text));
    },
    insertTextBefore(parent, text, reference) {
      const before = reference.previousSibling;
      if (before?.nodeType === 3) (before as Text).data += text;
      else parent.insertBefore(doc.createTextNode(text), reference);
    },
    adoptAttributes(recipient, attrs) {
      setAttributes(
        recipient,
        attrs.filter((a) => !recipient.hasAttribute(a.prefix ? `${a.prefix}:${a.name}` : a.name)),
      );
    },
    getFirstChild: (node) => node.firstChild as ChildNode | null,
    getChildNodes: (node) => Array.from(node.childNodes),
    getParentNode: (node) => node.parentNode as (ParentNode & Node) | null,
    getAttrList: (el) => Array.from(el.attributes, ({ name, value }) => ({ name, value })),
    getTagName: (el) => el.localName,
    getNamespaceURI: (el) => namespaces.get(el) ?? (HTML_NS as Namespace),
    getTextNodeContent: (node) => node.data,
    getCommentNodeContent: (node) => node.data,
    getDocumentTypeNodeName: (node) => node.name,
    getDocumentTypeNodePublicId: (node) => node.publicId,
    getDocumentTypeNodeSystemId: (node) => node.systemId,
    isTextNode: (node): node is Text => node.nodeType === 3,
    isCommentNode: (node): node is Comment => node.nodeType === 8,
    isDocumentTypeNode: (node): node is DocumentType => node.nodeType === 10,
    isElementNode: (node): node is Element => node.nodeType === 1,
    setNodeSourceCodeLocation: () => undefined,
    getNodeSourceCodeLocation: () => undefined,
    updateNodeSourceCodeLocation: () => undefined,
  };
}

/**
 * Parses a page where nothing runs and nothing loads, into linkedom's DOM by the HTML standard's
 * rules, as a browser's DOMParser does: without scripting, so `<noscript>` holds markup.
 */
export function parsePage(html: string): Document {
  const doc = parseHTML('').document as unknown as Document;
  return parse(html, { treeAdapter: adapterFor(doc), scriptingEnabled: false });
}
