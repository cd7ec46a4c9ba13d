import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);

/** Absolute paths of the Noto Sans Devanagari TTFs shipped by @expo-google-fonts/noto-sans-devanagari. */
export const fontPaths = {
  regular: require.resolve('@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf'),
} as const;

export type FontWeight = keyof typeof fontPaths;

const cache = new Map<FontWeight, Uint8Array>();

/** The full TTF bytes of one weight (read once per process). */
export function fontBytes(weight: FontWeight): Uint8Array {
  let bytes = cache.get(weight);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(fontPaths[weight]));
    cache.set(weight, bytes);
  }
  return bytes;
}

export { subsetFont } from './subset.js';
export { keepFontCacheIn } from './subset.js';
export { fontCacheDir } from './closure-store.js';
