import { createRequire } from 'node:module';
import { EPub, type Chapter, type Options } from 'epub-gen-memory';
import type JSZip from 'jszip';
import { deflater, DEFLATE_LEVEL } from './deflated-entries.js';

// The ejs epub-gen-memory renders its templates with (see generateTemplateFiles).
const ejs = createRequire(createRequire(import.meta.url).resolve('epub-gen-memory'))('ejs') as {
  render(template: string, data: object): string;
  compile(template: string): (data: object) => string;
};

export interface EmbeddedFont {
  filename: string;
  /** Called once the text files are being deflated (font subsetting then runs beside the deflating). */
  bytes: () => Uint8Array;
}

/** A file put into OEBPS/ as it is (the cover image); the OPF template declares it. */
export interface EmbeddedFile {
  filename: string;
  /** Called once the text files are being deflated, like EmbeddedFont's. */
  bytes: () => Uint8Array;
}

/**
 * epub-gen-memory's EPub, made reproducible and offline: fonts come from memory instead of URLs, images and cover
 * images are refused instead of fetched, and every zip entry carries the book's timestamp instead of the clock.
 */
export class ReproducibleEpub extends EPub {
  constructor(
    options: Options,
    content: Chapter[],
    private readonly embeddedFonts: EmbeddedFont[],
    private readonly zipDate: Date,
    private readonly files: EmbeddedFile[] = [],
  ) {
    super({ ...options, fonts: embeddedFonts.map((font) => ({ filename: font.filename, url: 'embedded:' })) }, content);
  }

  protected override async downloadAllFonts(): Promise<void> {
    for (const font of this.embeddedFonts) this.put(`OEBPS/fonts/${font.filename}`, font.bytes());
  }

  protected override async downloadAllImages(): Promise<void> {
    if (this.images.length) throw new TypeError('ReproducibleEpub: chapters must not contain <img>; images would be fetched from the network');
  }

  protected override async makeCover(): Promise<void> {
    if (this.cover) throw new TypeError('ReproducibleEpub: pass no `cover` option; the cover image is drawn from the metadata and passed as a file');
  }

  /** Every entry this class wrote, by path, in the order they were added (fonts included), being deflated. */
  private readonly written = new Map<string, Promise<object>>();
  private readonly deflate = deflater();

  private put(path: string, data: string | Uint8Array): void {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    this.zip.file(path, bytes);
    const deflating = this.deflate.entry(bytes);
    deflating.catch(() => {}); // awaited in render(); until then a failure must not count as unhandled
    this.written.set(path, deflating);
  }

  /**
   * The files epub-gen-memory's generateTemplateFiles writes, in its order and with its ejs calls, but handed to
   * JSZip as UTF-8 bytes (its own encoder is JavaScript and slow on a large book; Buffer's is native) and with the
   * chapter template compiled once instead of once per chapter.
   */
  protected override async generateTemplateFiles(): Promise<void> {
    if (this.options.version !== 3) throw new TypeError('ReproducibleEpub: only EPUB 3 (version: 3) is written');
    this.put('OEBPS/style.css', this.options.css);
    const chapter = ejs.compile(this.options.chapterXHTML);
    for (const item of this.content) {
      this.put(`OEBPS/${item.filename}`, chapter({ lang: this.options.lang, prependChapterTitles: this.options.prependChapterTitles, ...item }));
    }
    this.put(
      'META-INF/container.xml',
      '<?xml version="1.0" encoding="UTF-8" ?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>',
    );
    const opt = { ...this.options, id: this.uuid, images: this.images, cover: this.cover, content: this.content };
    this.put('OEBPS/content.opf', ejs.render(this.options.contentOPF, opt));
    this.put('OEBPS/toc.ncx', ejs.render(this.options.tocNCX, opt));
    this.put('OEBPS/toc.xhtml', ejs.render(this.options.tocXHTML, opt));
  }

  /**
   * render() adds every file (each text file and font starts deflating as it is added); stamp them all, and put
   * in their deflated bytes, before genEpub() zips them.
   */
  override async render(): Promise<this> {
    await super.render();
    for (const file of this.files) this.zip.folder('OEBPS')!.file(file.filename, file.bytes(), { compression: 'STORE' });
    // Entries get their compressed bytes, from the last build's when their content is the same.
    for (const [path, deflating] of this.written) {
      const entry = this.zip.files[path] as JSZip.JSZipObject & { _data: unknown };
      entry._data = await deflating;
    }
    this.deflate.done();
    for (const entry of Object.values(this.zip.files)) entry.date = this.zipDate;
    return this;
  }

  /**
   * genEpub() as epub-gen-memory writes it, but at DEFLATE level 6 instead of 9: zlib's level 9 gains nothing on
   * these files (this book's EPUB is even 169 bytes smaller at 6) and takes about four times as long.
   */
  override async genEpub(): Promise<Buffer> {
    await this.render();
    return this.generateAsync({ type: 'nodebuffer', mimeType: 'application/epub+zip', compression: 'DEFLATE', compressionOptions: { level: DEFLATE_LEVEL } });
  }
}
