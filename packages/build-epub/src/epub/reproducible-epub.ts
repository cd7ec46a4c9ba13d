import { EPub, type Chapter, type Options } from 'epub-gen-memory';
import type JSZip from 'jszip';
import { deflater, DEFLATE_LEVEL } from './deflated-entries.js';

export interface EmbeddedFont {
  filename: string;
  bytes: Uint8Array;
}

/** A file put into OEBPS/ as it is (the cover image); the OPF template declares it. */
export interface EmbeddedFile {
  filename: string;
  bytes: Uint8Array;
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
    const folder = this.zip.folder('OEBPS')!.folder('fonts')!;
    for (const font of this.embeddedFonts) folder.file(font.filename, font.bytes);
  }

  protected override async downloadAllImages(): Promise<void> {
    if (this.images.length) throw new TypeError('ReproducibleEpub: chapters must not contain <img>; images would be fetched from the network');
  }

  protected override async makeCover(): Promise<void> {
    if (this.cover) throw new TypeError('ReproducibleEpub: pass no `cover` option; the cover image is drawn from the metadata and passed as a file');
  }

  /**
   * render() adds every file; stamp them all before genEpub() zips them. The text files (all but the fonts) are
   * handed to JSZip again as UTF-8 bytes: its own encoder is JavaScript and slow on a large book; Buffer's is native.
   */
  override async render(): Promise<this> {
    await super.render();
    for (const file of this.files) this.zip.folder('OEBPS')!.file(file.filename, file.bytes, { compression: 'STORE' });
    const fonts = new Set([...this.embeddedFonts.map((font) => `OEBPS/fonts/${font.filename}`), ...this.files.map((file) => `OEBPS/${file.filename}`)]);
    const contents = new Map(this.embeddedFonts.map((font) => [`OEBPS/fonts/${font.filename}`, font.bytes]));
    for (const [path, entry] of Object.entries(this.zip.files)) {
      if (entry.dir || fonts.has(path)) continue;
      const bytes = Buffer.from(await entry.async('string'), 'utf8');
      this.zip.file(path, bytes, { compression: entry.options.compression });
      contents.set(path, bytes);
    }
    // Entries to be deflated get their compressed bytes now, from the last build's when their content is the same.
    const deflate = deflater();
    for (const [path, bytes] of contents) {
      const entry = this.zip.files[path] as JSZip.JSZipObject & { _data: unknown; options: { compressionOptions?: unknown } };
      if ((entry.options.compression ?? 'DEFLATE') === 'DEFLATE' && !entry.options.compressionOptions) entry._data = deflate.entry(bytes);
    }
    deflate.done();
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
