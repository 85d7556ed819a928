/**
 * Lists the stream and storage names of an OLE compound file (the container of old .xls files and of
 * password-encrypted .xlsx files, [MS-CFB]), so openXlsx can tell "old .xls" from "encrypted" without
 * any library. Reads only the header, the FAT and the directory; every loop is bounded.
 */

export const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const END_OF_CHAIN = 0xfffffffe;
const FREE_SECT = 0xffffffff;
const MAX_SECTOR_ID = 0xfffffffa;

/** True when the bytes start with the compound-file signature. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && OLE_MAGIC.every((b, i) => bytes[i] === b);
}

/** The directory entry names of a compound file; throws when the structure is damaged. */
export function compoundFileNames(input: Uint8Array): string[] {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (!isCompoundFile(bytes) || bytes.length < 512) throw new Error("not a compound file");
  if (bytes.readUInt16LE(0x1c) !== 0xfffe) throw new Error("bad byte-order mark");
  const shift = bytes.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) throw new Error(`bad sector shift ${shift}`);
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize) + 1;
  const sector = (id: number): Buffer => {
    if (id > MAX_SECTOR_ID || id >= sectorCount) throw new Error(`sector ${id} outside the file`);
    const start = (id + 1) * sectorSize;
    if (start + sectorSize > bytes.length) throw new Error(`sector ${id} truncated`);
    return bytes.subarray(start, start + sectorSize);
  };

  // FAT sector ids: 109 in the header, the rest in the DIFAT chain.
  const fatCount = bytes.readUInt32LE(0x2c);
  if (fatCount > sectorCount) throw new Error("FAT larger than the file");
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(bytes.readUInt32LE(0x4c + i * 4));
  let difat = bytes.readUInt32LE(0x44);
  for (let guard = 0; fatSectors.length < fatCount && difat <= MAX_SECTOR_ID; guard++) {
    if (guard > sectorCount) throw new Error("DIFAT chain loops");
    const s = sector(difat);
    for (let i = 0; i < sectorSize / 4 - 1 && fatSectors.length < fatCount; i++) fatSectors.push(s.readUInt32LE(i * 4));
    difat = s.readUInt32LE(sectorSize - 4);
  }
  const perSector = sectorSize / 4;
  const next = (id: number): number => {
    const fatSector = fatSectors[Math.floor(id / perSector)];
    if (fatSector === undefined) throw new Error(`sector ${id} has no FAT entry`);
    return sector(fatSector).readUInt32LE((id % perSector) * 4);
  };

  const names: string[] = [];
  let dir = bytes.readUInt32LE(0x30);
  for (let guard = 0; dir !== END_OF_CHAIN && dir !== FREE_SECT; guard++) {
    if (guard > sectorCount) throw new Error("directory chain loops");
    const s = sector(dir);
    for (let off = 0; off + 128 <= sectorSize; off += 128) {
      const type = s[off + 0x42];
      const length = s.readUInt16LE(off + 0x40);
      if (type === 0 || length < 2 || length > 64) continue;
      names.push(s.toString("utf16le", off, off + length - 2));
    }
    dir = next(dir);
  }
  return names;
}
