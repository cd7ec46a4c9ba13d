/** The laid-out book, independent of pdfkit: pages of content-stream fragments plus what the PDF needs around them. */

/** A node of the PDF structure tree (H1, P, Table, L, Link…). `kids` are in reading order. */
export interface StructNode {
  type: string;
  kids: (StructNode | MarkedSlot)[];
  lang?: string;
  /** For Figure: the alternative text. */
  alt?: string;
  /** For TH: which cells the header applies to. */
  scope?: 'Column' | 'Row';
}

/** A place in a StructNode for one marked-content sequence; the renderer fills in what pdfkit returns. */
export interface MarkedSlot {
  slot: true;
  content?: unknown;
}

/** Content-stream operators in PDF user space (origin bottom-left, y up), tagged or an artifact (node null). */
export interface Segment {
  node: StructNode | null;
  /** For artifacts: running header/footer (Pagination) or decoration (Layout). */
  artifact?: 'Pagination' | 'Layout';
  slot?: MarkedSlot;
  ops: string;
  /** The text a tagged line draws (its words joined by spaces), for checks of tagging and language. */
  text?: string;
}

export interface LinkBox {
  x: number;
  y: number;
  w: number;
  h: number;
  dest: string;
  node: StructNode;
}

export interface OutlineEntry {
  title: string;
  level: 1 | 2;
  dest: string;
}

/**
 * A drawing used in several places (a figure's vector art): written once as a form XObject and placed by name
 * with `/name Do`, in its own units (bbox), so a figure printed a hundred times is stored and compressed once.
 */
export interface Form {
  /** Resource name, unique in the book. */
  name: string;
  ops: string;
  bbox: [number, number, number, number];
}

export interface PageModel {
  /** Printed page number: 1-based position in the reading edition. */
  number: number;
  header: string | null;
  footer: boolean;
  segments: Segment[];
  links: LinkBox[];
  /** Named destinations on this page: name and the y (top) they point at. */
  dests: { name: string; y: number }[];
  outline: OutlineEntry[];
  /** The forms this page's segments place, each once, in order of first use. */
  forms: Form[];
}

export function structNode(type: string, parent?: StructNode, lang?: string): StructNode {
  const node: StructNode = { type, kids: [] };
  if (lang) node.lang = lang;
  parent?.kids.push(node);
  return node;
}

export function isSlot(kid: StructNode | MarkedSlot): kid is MarkedSlot {
  return 'slot' in kid;
}
