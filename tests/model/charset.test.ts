import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fontPaths } from '@book/fonts';
import { SUPPORTED_RANGES, unsupportedCharacters } from '@book/model';

const require = createRequire(import.meta.url);
const fontkit = require('fontkit') as { create(buffer: Buffer): { hasGlyphForCodePoint(code: number): boolean } };

describe('supported characters', () => {
  it.each(Object.entries(fontPaths))('the %s font has a glyph for every character content may use', (_, path) => {
    const font = fontkit.create(readFileSync(path));
    const missing: string[] = [];
    for (const [from, to] of SUPPORTED_RANGES) {
      for (let code = Math.max(from, 0x20); code <= to; code++) {
        if (!font.hasGlyphForCodePoint(code)) missing.push(code.toString(16));
      }
    }
    expect(missing).toEqual([]);
  });

  it('refuses emoji, other scripts and control characters, and accepts Hindi with English glosses', () => {
    expect(unsupportedCharacters('हार्मोन (Hormone) – “उद्धरण” … ₹5, 37 °C')).toEqual([]);
    expect(unsupportedCharacters('क😀ख中\u0007').map((c) => c.char)).toEqual(['😀', '中', '\u0007']);
  });

  it('refuses exactly the characters outside the supported ranges, in any place of a text', () => {
    const supported = (code: number) => SUPPORTED_RANGES.some(([from, to]) => code >= from && code <= to);
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      const found = unsupportedCharacters(`क${char}ख`);
      const expected = supported(code) ? [] : [{ offset: 1, char }];
      if (JSON.stringify(found) !== JSON.stringify(expected)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(unsupportedCharacters('कि\u{1f600}\ud800')).toEqual([{ offset: 2, char: '\u{1f600}' }, { offset: 4, char: '\ud800' }]);
  });
});
