// The same chapters, as the peers take them: one Markdown file per chapter for pandoc (frontmatter dropped, the
// title as the level-1 heading, :::editorial blocks are pandoc fenced divs already) and one HTML file for Chromium
// (made by pandoc beforehand, outside the timing, with an A5 page and the same Noto Sans Devanagari font).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fontPaths } from '@book/fonts';
import { parse } from 'yaml';

export function peerInputs(contentDir, outDir) {
  mkdirSync(outDir, { recursive: true });
  const book = parse(readFileSync(join(contentDir, 'book.yaml'), 'utf8'));
  const markdownFiles = book.chapters.map((name, i) => {
    const text = readFileSync(join(contentDir, name), 'utf8');
    const match = /^---\n([\s\S]*?\n)---\n/.exec(text);
    const front = parse(match[1]);
    const path = join(outDir, `${String(i).padStart(4, '0')}-${name}`);
    writeFileSync(path, `# ${front.title}\n\n${text.slice(match[0].length)}`);
    return path;
  });
  const metadata = join(outDir, 'metadata.yaml');
  writeFileSync(metadata, `---\ntitle: "${book.title}"\nlang: hi\nauthor: "${book.author}"\n...\n`);
  const css = join(outDir, 'print.css');
  writeFileSync(
    css,
    `@font-face { font-family: Noto; src: url("file://${fontPaths.regular}"); font-weight: 400; }\n` +
      `@font-face { font-family: Noto; src: url("file://${fontPaths.bold}"); font-weight: 700; }\n` +
      `@page { size: A5; margin: 15mm; }\nbody { font-family: Noto; font-size: 11pt; line-height: 1.5; max-width: none; }\n` +
      `h1 { break-before: page; }\n`,
  );
  const html = join(outDir, 'book.html');
  execFileSync('pandoc', ['--from', 'markdown', '--to', 'html5', '--standalone', '--css', css, '-o', html, metadata, ...markdownFiles], {
    cwd: outDir,
  });
  return { markdownFiles, metadata, html };
}

/** pandoc Markdown → EPUB 3 with the same two fonts embedded (pandoc embeds them whole; we subset). */
export function pandocEpubArgs(inputs, out) {
  return ['--from', 'markdown', '--to', 'epub3', '--epub-embed-font', fontPaths.regular, '--epub-embed-font', fontPaths.bold, '-o', out, inputs.metadata, ...inputs.markdownFiles];
}

/** Headless Chromium printing the HTML to PDF; a fresh profile folder each run. */
export function chromiumPdfArgs(htmlPath, out, profileDir) {
  return [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--no-first-run', '--disable-sync', `--user-data-dir=${profileDir}`, '--no-pdf-header-footer', `--print-to-pdf=${out}`, `file://${htmlPath}`,
  ];
}
