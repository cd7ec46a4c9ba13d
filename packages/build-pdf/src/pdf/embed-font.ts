import { createHash } from 'node:crypto';
import type PDFDocument from 'pdfkit';
import type { ClusterFont } from '../font/cluster-font.js';

/** pdfkit's indirect object (its typings miss data/write and make end() take an argument). */
export interface Ref {
  data: Record<string, unknown>;
  write(chunk: Uint8Array | string): void;
  end(): void;
}

/** A Type0/CIDFontType2 font resource for a ClusterFont. Create it before drawing, call end() after the last page. */
export class EmbeddedFont {
  readonly ref: Ref;
  readonly resourceName: string;
  private readonly doc: PDFKit.PDFDocument;
  private readonly font: ClusterFont;
  private readonly baseName: string;

  constructor(doc: PDFKit.PDFDocument, font: ClusterFont, resourceName: string, baseName: string) {
    this.doc = doc;
    this.font = font;
    this.resourceName = resourceName;
    this.baseName = baseName;
    this.ref = (doc as unknown as { ref(data: object): Ref }).ref({ Type: 'Font', Subtype: 'Type0', Encoding: 'Identity-H' });
  }

  /** Adds the font to the current page's resources. */
  useOnPage(): void {
    (this.doc as unknown as { page: { fonts: Record<string, Ref> } }).page.fonts[this.resourceName] = this.ref;
  }

  end(): void {
    const doc = this.doc as unknown as { ref(data: object): Ref };
    const program = this.font.program();
    const cmap = this.font.toUnicodeCMap();
    // Subset tag derived from the content so identical books give identical bytes (PDF 32000 9.6.4).
    const digest = createHash('sha256').update(program).digest();
    const tag = [...digest.subarray(0, 6)].map((b) => String.fromCharCode(65 + (b % 26))).join('');
    const name = `${tag}+${this.baseName}`;
    const m = this.font.metrics();

    const file = doc.ref({ Length1: program.length });
    file.write(Buffer.from(program));
    file.end();
    const descriptor = doc.ref({
      Type: 'FontDescriptor',
      FontName: name,
      Flags: 4,
      FontBBox: m.bbox,
      ItalicAngle: 0,
      Ascent: m.ascent,
      Descent: m.descent,
      CapHeight: m.capHeight,
      StemV: this.font.weight === 'bold' ? 140 : 80,
      FontFile2: file,
    });
    descriptor.end();
    const cidFont = doc.ref({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: name,
      CIDSystemInfo: { Registry: new String('Adobe'), Ordering: new String('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      DW: 0,
      W: this.font.widths(),
      CIDToGIDMap: 'Identity',
    });
    cidFont.end();
    const toUnicode = doc.ref({});
    toUnicode.write(cmap);
    toUnicode.end();
    Object.assign(this.ref.data, { BaseFont: name, DescendantFonts: [cidFont], ToUnicode: toUnicode });
    this.ref.end();
  }
}

export type { PDFDocument };
