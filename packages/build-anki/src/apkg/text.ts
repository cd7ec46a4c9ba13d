import { createHash } from 'node:crypto';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Field HTML to plain text the way Anki does for sfld/csum: tags removed (img src kept), entities decoded. */
export function stripHtml(html: string): string {
  return html
    .replace(/<img[^>]*?src=["']?([^"'>\s]+)["']?[^>]*>/gi, ' $1 ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, decodeEntity)
    .trim();
}

/** Decodes HTML character references (named ones only for the few rehype-stringify and Anki write). */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, decodeEntity);
}

function decodeEntity(whole: string, name: string): string {
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  }
  return ENTITIES[name.toLowerCase()] ?? whole;
}

/** Anki's duplicate-check checksum: the first 8 hex digits of sha1(first field, HTML stripped), as an integer. */
export function fieldChecksum(firstFieldHtml: string): number {
  const hex = createHash('sha1').update(stripHtml(firstFieldHtml), 'utf8').digest('hex');
  return parseInt(hex.slice(0, 8), 16);
}

/** Anki stores tags as one string with a space before and after each tag (" a b "), or "" for none. */
export function joinTags(tags: readonly string[]): string {
  for (const tag of tags) {
    if (tag === '' || /\s/.test(tag)) throw new TypeError(`tag ${JSON.stringify(tag)} must be non-empty without spaces`);
  }
  return tags.length === 0 ? '' : ` ${tags.join(' ')} `;
}

export const FIELD_SEPARATOR = '\x1f';
