import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { fontBytes } from '@book/fonts';
import { hasTool } from '../helpers/tools.js';
import { subject, type Subject } from './helpers/subject.js';

const epub = await subject();
const work = mkdtempSync(join(tmpdir(), 'epub-render-'));

/** Fontconfig that hides every font covering Hindi, so Devanagari can only come from the EPUB's own fonts. */
const fontconfig = join(work, 'fonts.conf');
writeFileSync(
  fontconfig,
  `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <cachedir>${join(work, 'fc-cache')}</cachedir>
  <selectfont><rejectfont><pattern><patelt name="lang"><string>hi</string></patelt></pattern></rejectfont></selectfont>
</fontconfig>
`,
);

type Fonts = 'subset' | 'full' | 'none' | 'no-gsub';

/**
 * Unpacks the EPUB with its subset fonts, with the full fonts in their place, with no fonts at all, or with
 * subsets whose GSUB table is cut out (what a layout-dropping subsetter such as fontkit's would ship).
 */
function unpack(book: Subject, fonts: Fonts): string {
  const dir = join(work, fonts);
  for (const [name, bytes] of book.files) {
    const isFont = name.startsWith('OEBPS/fonts/');
    if (isFont && fonts === 'none') continue;
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    const full = name.endsWith('-Regular.ttf') ? fontBytes('regular') : fontBytes('bold');
    writeFileSync(path, !isFont ? bytes : fonts === 'full' ? full : fonts === 'no-gsub' ? withoutTable(bytes, 'GSUB') : bytes);
  }
  return dir;
}

/** The font with one table removed from its directory (the data stays; readers only find tables through it). */
function withoutTable(font: Uint8Array, tag: string): Uint8Array {
  const out = Buffer.from(font);
  const count = out.readUInt16BE(4);
  const records = Array.from({ length: count }, (_, i) => Buffer.from(out.subarray(12 + 16 * i, 28 + 16 * i)));
  const kept = records.filter((record) => record.toString('latin1', 0, 4) !== tag);
  out.writeUInt16BE(kept.length, 4);
  kept.forEach((record, i) => record.copy(out, 12 + 16 * i));
  out.fill(0, 12 + 16 * kept.length, 12 + 16 * count);
  return out;
}

function render(dir: string, page: string): PNG {
  const png = join(dir, `${page}.png`);
  const profile = mkdtempSync(join(work, 'profile-'));
  execFileSync(
    'chromium',
    [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', `--user-data-dir=${profile}`, '--hide-scrollbars',
      // Virtual time lets the @font-face loads finish before the picture is taken.
      '--virtual-time-budget=10000', `--screenshot=${png}`, '--window-size=900,2400', `file://${join(dir, 'OEBPS', page)}`,
    ],
    { stdio: 'ignore', env: { ...process.env, FONTCONFIG_FILE: fontconfig }, timeout: 60_000 },
  );
  rmSync(profile, { recursive: true, force: true });
  return PNG.sync.read(readFileSync(png));
}

/**
 * How two screenshots differ. Glyph outlines and positions are identical (fonts.test.ts shapes every word), but
 * FreeType's auto-hinter gives each glyph a hinting style from the GSUB lookups of the first script that outputs it,
 * and Noto Sans Devanagari lists its lookups under cyrl/grek/latn too: with the whole font some rakar conjuncts get
 * a fallback style, in the subset the Devanagari one, and their headline edge lands a fraction of a pixel apart
 * (a subset with the whole closure matches to the pixel but makes the EPUB ~115 KB). So anti-aliasing may differ
 * on a few edges; what a broken conjunct or a missing glyph changes is ink: pixels dark in one picture, light in
 * the other.
 */
function compare(a: PNG, b: PNG): { differing: number; inkFlips: number } {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  const luminance = (data: Buffer, i: number) => 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
  let differing = 0;
  let inkFlips = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (a.data.readUInt32BE(i) === b.data.readUInt32BE(i)) continue;
    differing += 1;
    const [x, y] = [luminance(a.data, i), luminance(b.data, i)];
    if ((x < 96 && y > 160) || (y < 96 && x > 160)) inkFlips += 1;
  }
  return { differing, inkFlips };
}

/** The pictures match: no ink changes beyond a handful of edge pixels, anti-aliasing on at most 0.1% of the page. */
function expectSamePicture(a: PNG, b: PNG, what: string): void {
  const { differing, inkFlips } = compare(a, b);
  console.log(`${what}: ${differing} of ${a.width * a.height} pixels differ in anti-aliasing, ${inkFlips} in ink`);
  expect(inkFlips, what).toBeLessThanOrEqual(10);
  expect(differing, what).toBeLessThanOrEqual(a.width * a.height * 0.001);
}

// The chapter with the most to draw: gland tables, bold terms, editorial boxes.
const chapter = [...epub.book.chapters].sort((a, b) => b.blocks.length + 10 * b.glands.length - (a.blocks.length + 10 * a.glands.length))[0]!;
const chapterPage = `${chapter.id}.xhtml`;
const chromium = hasTool('chromium', 'chromium') && hasTool('fc-list', 'fontconfig');

describe.skipIf(!chromium)(`Chromium draws the ${epub.source} EPUB with its subset fonts as with the full fonts`, () => {
  const dirs = { subset: unpack(epub, 'subset'), full: unpack(epub, 'full') };
  const full = new Map<string, PNG>();
  const fullPicture = (page: string) => full.get(page) ?? full.set(page, render(dirs.full, page)).get(page)!;

  for (const page of [chapterPage, 'glossary.xhtml']) {
    it(`${page}: same picture with the subsets as with the full fonts`, () => {
      // On a loaded machine Chromium now and then takes the picture before a web font has been applied to every
      // line (seen: the long glossary page shifted by a line from some point down, then identical on the next run).
      // A real difference between the fonts shows in every picture, so a second pair is taken before judging.
      let subset = render(dirs.subset, page);
      let full = fullPicture(page);
      if (compare(subset, full).inkFlips > 10) {
        console.log(`${page}: pictures differ; taking both again`);
        subset = render(dirs.subset, page);
        full = render(dirs.full, page);
      }
      expectSamePicture(subset, full, page);
    });
  }

  it(`${chapterPage}: the check sees broken conjuncts (subsets without GSUB) and missing fonts`, () => {
    for (const fonts of ['no-gsub', 'none'] as const) {
      const { inkFlips } = compare(render(unpack(epub, fonts), chapterPage), fullPicture(chapterPage));
      console.log(`${chapterPage} with fonts=${fonts}: ${inkFlips} pixels differ in ink`);
      expect(inkFlips, fonts).toBeGreaterThan(1000);
    }
  });
});
