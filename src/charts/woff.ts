/**
 * WOFF 1.0 to plain OpenType (SFNT). The PNG renderer (resvg) reads only TrueType/OpenType files,
 * and @fontsource/source-sans-3 ships WOFF and WOFF2; WOFF 1.0 is zlib per table, which fflate
 * undoes. Spec: https://www.w3.org/TR/WOFF/ (header 44 bytes, 20-byte table entries).
 */
import { unzlibSync } from 'fflate';

/** The SFNT bytes of a WOFF 1.0 font; throws on anything that is not one. */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const input = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < 44 || input.getUint32(0) !== 0x774f4646)
    throw new Error('Not a WOFF 1.0 font (signature "wOFF" missing)');
  const flavor = input.getUint32(4);
  const numTables = input.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, index) => {
    const entry = 44 + index * 20;
    const offset = input.getUint32(entry + 4);
    const compLength = input.getUint32(entry + 8);
    const origLength = input.getUint32(entry + 12);
    const stored = woff.subarray(offset, offset + compLength);
    return {
      tag: input.getUint32(entry),
      checksum: input.getUint32(entry + 16),
      data: compLength < origLength ? unzlibSync(stored) : stored,
    };
  });
  const padded = (length: number) => (length + 3) & ~3;
  const headerLength = 12 + numTables * 16;
  const total = tables.reduce((sum, table) => sum + padded(table.data.byteLength), headerLength);
  const output = new Uint8Array(total);
  const view = new DataView(output.buffer);
  // Binary-search fields of the offset table, as the OpenType spec defines them.
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  view.setUint32(0, flavor);
  view.setUint16(4, numTables);
  view.setUint16(6, searchRange);
  view.setUint16(8, entrySelector);
  view.setUint16(10, numTables * 16 - searchRange);
  let offset = headerLength;
  tables.forEach((table, index) => {
    const record = 12 + index * 16;
    view.setUint32(record, table.tag);
    view.setUint32(record + 4, table.checksum);
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, table.data.byteLength);
    output.set(table.data, offset);
    offset += padded(table.data.byteLength);
  });
  return output;
}
