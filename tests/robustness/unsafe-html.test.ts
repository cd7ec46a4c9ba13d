import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { loadBook } from '@book/model';
import { builder } from '@book/dev/builders';
import { hasTool } from '../helpers/tools.js';
import { bookId } from '../helpers/dist.js';
import { buildAll, root } from '../helpers/pipeline.js';

const vectors = [
  '<script>alert("x1")</script>',
  '<img src=x onerror=alert("x2")>',
  '<iframe src="javascript:alert(3)"></iframe>',
  '<style>body{display:none}</style>',
  '<a href="javascript:alert(4)" onclick="alert(5)">क</a>',
  '<svg onload=alert(6)>',
  '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCg3KTwvc2NyaXB0Pg=="></object>',
];

/** Markup of the vectors that must never reach an output (escaped text such as `&lt;script&gt;` is fine). */
function dangerousMarkup(text: string): string[] {
  const tags = text.match(/<[a-zA-Z][^>]*>/g) ?? [];
  const found = tags.filter(
    (tag) =>
      /^<(script|iframe|object|embed|svg)\b/i.test(tag) ||
      /\son[a-z]+\s*=/i.test(tag) ||
      /\b(href|src|data)\s*=\s*["']?\s*(javascript|data):/i.test(tag),
  );
  if (/<style[^>]*>[^<]*display:\s*none/i.test(text)) found.push('<style> from content');
  return found;
}

/** The text a reader sees: tags dropped, character references decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

function hostileContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  cpSync(join(root, 'tests', 'fixtures', 'valid'), dir, { recursive: true });
  const path = join(dir, 'overview.md');
  const text = readFileSync(path, 'utf8');
  // **हार्मोन** is a glossary term of the fixture, so each sentence becomes a Cloze note with the vector beside its deletion.
  const paragraphs = vectors.map((v, i) => `वाक्य ${i + 1} में **${v}** है और **हार्मोन** भी। और ${v} भी।`).join('\n\n');
  writeFileSync(path, `${text}\n${paragraphs}\n\n<div onmouseover="alert(8)">खंड</div>\n`);
  return dir;
}

describe('raw HTML in content never reaches an output as markup', () => {
  const content = hostileContent();
  const out = mkdtempSync(join(tmpdir(), 'hostile-out-'));

  it('the loader keeps it as text and warns with a position', () => {
    const { book, files } = loadBook(content);
    expect(book).toBeDefined();
    const warnings = files.flatMap((f) => f.messages.filter((m) => m.ruleId === 'html-raw').map((m) => `${f.path}:${m.line}`));
    expect(warnings.length).toBeGreaterThanOrEqual(vectors.length);
    expect(warnings.every((w) => w.startsWith('overview.md:'))).toBe(true);
    buildAll(content, out);
  });

  it('the EPUB: no element or attribute of any vector in any file', () => {
    const files = unzipSync(readFileSync(join(out, builder('epub').outputs(bookId).epub)));
    const texts = Object.entries(files).filter(([name]) => /\.(x?html|opf|ncx|css)$/.test(name));
    expect(texts.length).toBeGreaterThan(3);
    for (const [name, bytes] of texts) expect(dangerousMarkup(strFromU8(bytes)), name).toEqual([]);
    const all = texts.map(([, bytes]) => strFromU8(bytes)).join('\n');
    expect(visibleText(all)).toContain('<script>alert("x1")</script>'); // shown as text
  });

  it('the Anki deck: no vector as markup in any field, template or CSS', async () => {
    const files = unzipSync(readFileSync(join(out, builder('anki').outputs(bookId).apkg)));
    const SQL = await initSqlJs();
    const db = new SQL.Database(files['collection.anki2']);
    const fields = db.exec('SELECT flds FROM notes')[0]!.values.map(([flds]) => String(flds));
    const models = String(db.exec('SELECT models FROM col')[0]!.values[0]![0]);
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.some((f) => visibleText(f).includes('<script>alert("x1")</script>'))).toBe(true); // shown as text
    for (const f of fields) expect(dangerousMarkup(f)).toEqual([]);
    expect(dangerousMarkup(models)).toEqual([]);
  });

  it.skipIf(!hasTool('pdftotext', 'poppler-utils'))('the PDF shows the vectors as plain text', () => {
    const text = execFileSync('pdftotext', ['-layout', join(out, builder('pdf').outputs(bookId).pdf), '-'], { encoding: 'utf8' });
    expect(text).toContain('<script>');
    expect(text).toContain('alert("x1")');
  });
});
