/** Minimal reading and writing of the sfnt (TrueType) table directory. */

export type Tables = Map<string, Uint8Array>;

export function readTables(font: Uint8Array): Tables {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const count = view.getUint16(4);
  const tables: Tables = new Map();
  for (let i = 0; i < count; i++) {
    const rec = 12 + 16 * i;
    const tag = String.fromCharCode(...font.subarray(rec, rec + 4));
    const offset = view.getUint32(rec + 8);
    const length = view.getUint32(rec + 12);
    tables.set(tag, font.subarray(offset, offset + length));
  }
  return tables;
}

function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array((bytes.length + 3) & ~3);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** Writes tables (sorted by tag) into a TrueType file and fixes head.checkSumAdjustment. */
export function writeTables(tables: Tables): Uint8Array {
  const tags = [...tables.keys()].sort();
  const headerSize = 12 + 16 * tags.length;
  let size = headerSize;
  for (const tag of tags) size += (tables.get(tag)!.length + 3) & ~3;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const n = tags.length;
  const entrySelector = Math.floor(Math.log2(n));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, n);
  view.setUint16(6, 16 * 2 ** entrySelector);
  view.setUint16(8, entrySelector);
  view.setUint16(10, n * 16 - 16 * 2 ** entrySelector);
  let offset = headerSize;
  let headOffset = -1;
  for (const [i, tag] of tags.entries()) {
    const data = tables.get(tag)!;
    const rec = 12 + 16 * i;
    for (let c = 0; c < 4; c++) out[rec + c] = tag.charCodeAt(c);
    if (tag === 'head') {
      headOffset = offset;
      const copy = data.slice();
      new DataView(copy.buffer).setUint32(8, 0);
      out.set(copy, offset);
      view.setUint32(rec + 4, checksum(copy));
    } else {
      out.set(data, offset);
      view.setUint32(rec + 4, checksum(data));
    }
    view.setUint32(rec + 8, offset);
    view.setUint32(rec + 12, data.length);
    offset += (data.length + 3) & ~3;
  }
  if (headOffset >= 0) view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
