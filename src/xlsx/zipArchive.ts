/**
 * A small ZIP reader and writer over Node's zlib. exceljs hides the parts of an .xlsx; we need them to
 * (1) look at an untrusted file cheaply before exceljs parses it (sizes, cell counts), and (2) patch the
 * few things exceljs cannot write (stopIfTrue, defined-name comments, string escapes). Inflation is
 * always capped, so a zip bomb fails fast instead of filling memory.
 */
import { deflateRawSync, inflateRawSync } from "zlib";

/** Thrown when bytes are not a ZIP archive we can read. */
export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipFormatError";
  }
}

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** MS-DOS time and date words, kept when the entry is copied. */
  dosTime: number;
  dosDate: number;
}

const EOCD_SIG = 0x06054b50;
const ZIP64_EOCD_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const UTF8_FLAG = 0x0800;
/** 1980-01-01 00:00, the earliest DOS date: new entries get a fixed stamp so output is reproducible. */
const FIXED_DOS_DATE = 0x0021;

let crcTable: Uint32Array | undefined;

/** CRC-32 (IEEE), computed here because zlib.crc32 only exists from Node 20.15. */
function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A file to put into a new archive: fresh data, or an entry copied compressed from another archive. */
export type ZipInput = { name: string; data: Uint8Array } | { name: string; copyFrom: ZipArchive };

/** A read-only view of a ZIP archive held in memory. */
export class ZipArchive {
  private readonly byName: Map<string, ZipEntry>;

  private constructor(
    private readonly bytes: Buffer,
    readonly entries: readonly ZipEntry[],
  ) {
    this.byName = new Map(entries.map((e) => [e.name, e]));
  }

  /** Parses the central directory; throws ZipFormatError when the bytes are not a readable archive. */
  static read(input: Uint8Array): ZipArchive {
    const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    const eocd = findEndOfCentralDirectory(bytes);
    let count = bytes.readUInt16LE(eocd + 10);
    let cdSize: number = bytes.readUInt32LE(eocd + 12);
    let cdOffset: number = bytes.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const locator = eocd - 20;
      if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_EOCD_LOCATOR_SIG) {
        throw new ZipFormatError("ZIP64 end record missing");
      }
      const zip64 = safeNumber(bytes.readBigUInt64LE(locator + 8));
      if (zip64 + 56 > bytes.length || bytes.readUInt32LE(zip64) !== ZIP64_EOCD_SIG) {
        throw new ZipFormatError("ZIP64 end record damaged");
      }
      count = safeNumber(bytes.readBigUInt64LE(zip64 + 32));
      cdSize = safeNumber(bytes.readBigUInt64LE(zip64 + 40));
      cdOffset = safeNumber(bytes.readBigUInt64LE(zip64 + 48));
    }
    if (cdOffset + cdSize > bytes.length) throw new ZipFormatError("central directory outside the file");
    const entries: ZipEntry[] = [];
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL_SIG) {
        throw new ZipFormatError("central directory damaged");
      }
      const flags = bytes.readUInt16LE(p + 8);
      const nameLength = bytes.readUInt16LE(p + 28);
      const extraLength = bytes.readUInt16LE(p + 30);
      const commentLength = bytes.readUInt16LE(p + 32);
      const nameBytes = bytes.subarray(p + 46, p + 46 + nameLength);
      const entry: ZipEntry = {
        name: nameBytes.toString(flags & UTF8_FLAG ? "utf8" : "latin1"),
        method: bytes.readUInt16LE(p + 10),
        flags,
        dosTime: bytes.readUInt16LE(p + 12),
        dosDate: bytes.readUInt16LE(p + 14),
        crc32: bytes.readUInt32LE(p + 16),
        compressedSize: bytes.readUInt32LE(p + 20),
        uncompressedSize: bytes.readUInt32LE(p + 24),
        localHeaderOffset: bytes.readUInt32LE(p + 42),
      };
      readZip64Extra(bytes.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), entry);
      entries.push(entry);
      p += 46 + nameLength + extraLength + commentLength;
    }
    return new ZipArchive(bytes, entries);
  }

  /** Builds a new archive; copied entries keep their compressed bytes, new ones are deflated. */
  static build(files: ZipInput[]): Buffer {
    const chunks: Buffer[] = [];
    const central: Buffer[] = [];
    let offset = 0;
    for (const file of files) {
      let entry: Omit<ZipEntry, "localHeaderOffset" | "name">;
      let payload: Buffer;
      if ("copyFrom" in file) {
        const source = file.copyFrom.entry(file.name);
        if (!source) throw new ZipFormatError(`no entry ${file.name} to copy`);
        payload = file.copyFrom.compressedBytes(source);
        entry = { ...source, flags: (source.flags & ~0x0008) | UTF8_FLAG };
      } else {
        const data = Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength);
        payload = deflateRawSync(data);
        entry = {
          method: 8,
          flags: UTF8_FLAG,
          crc32: crc32(data),
          compressedSize: payload.length,
          uncompressedSize: data.length,
          dosTime: 0,
          dosDate: FIXED_DOS_DATE,
        };
      }
      const name = Buffer.from(file.name, "utf8");
      const local = Buffer.alloc(30);
      local.writeUInt32LE(LOCAL_SIG, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(entry.flags, 6);
      local.writeUInt16LE(entry.method, 8);
      local.writeUInt16LE(entry.dosTime, 10);
      local.writeUInt16LE(entry.dosDate, 12);
      local.writeUInt32LE(entry.crc32, 14);
      local.writeUInt32LE(entry.compressedSize, 18);
      local.writeUInt32LE(entry.uncompressedSize, 22);
      local.writeUInt16LE(name.length, 26);
      local.writeUInt16LE(0, 28);
      const head = Buffer.alloc(46);
      head.writeUInt32LE(CENTRAL_SIG, 0);
      head.writeUInt16LE(20, 4);
      head.writeUInt16LE(20, 6);
      head.writeUInt16LE(entry.flags, 8);
      head.writeUInt16LE(entry.method, 10);
      head.writeUInt16LE(entry.dosTime, 12);
      head.writeUInt16LE(entry.dosDate, 14);
      head.writeUInt32LE(entry.crc32, 16);
      head.writeUInt32LE(entry.compressedSize, 20);
      head.writeUInt32LE(entry.uncompressedSize, 24);
      head.writeUInt16LE(name.length, 28);
      head.writeUInt32LE(offset, 42);
      chunks.push(local, name, payload);
      central.push(head, name);
      offset += local.length + name.length + payload.length;
    }
    const cd = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(EOCD_SIG, 0);
    end.writeUInt16LE(files.length, 8);
    end.writeUInt16LE(files.length, 10);
    end.writeUInt32LE(cd.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...chunks, cd, end]);
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The entry's bytes as stored (compressed). */
  compressedBytes(entry: ZipEntry): Buffer {
    const p = entry.localHeaderOffset;
    if (p + 30 > this.bytes.length || this.bytes.readUInt32LE(p) !== LOCAL_SIG) {
      throw new ZipFormatError(`local header of ${entry.name} damaged`);
    }
    const start = p + 30 + this.bytes.readUInt16LE(p + 26) + this.bytes.readUInt16LE(p + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw new ZipFormatError(`${entry.name} runs past the end of the file`);
    return this.bytes.subarray(start, end);
  }

  /**
   * The entry's uncompressed bytes; refuses entries that inflate beyond `maxBytes` (declared or actual),
   * so a zip bomb costs nothing.
   */
  read(name: string, maxBytes = 256 * 1024 * 1024): Buffer {
    const entry = this.byName.get(name);
    if (!entry) throw new ZipFormatError(`no entry ${name}`);
    if (entry.flags & 0x0001) throw new ZipFormatError(`${name} is encrypted`);
    if (entry.uncompressedSize > maxBytes) throw new ZipTooLargeError(name, entry.uncompressedSize);
    const raw = this.compressedBytes(entry);
    if (entry.method === 0) return raw;
    if (entry.method !== 8) throw new ZipFormatError(`${name} uses compression method ${entry.method}`);
    try {
      return inflateRawSync(raw, { maxOutputLength: Math.max(1, maxBytes) });
    } catch (error) {
      // zlib reports the cap as ERR_BUFFER_TOO_LARGE (a RangeError, but possibly from another realm).
      if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw new ZipTooLargeError(name, maxBytes + 1);
      throw new ZipFormatError(`${name} cannot be inflated: ${(error as Error).message}`);
    }
  }

  /** The entry as UTF-8 text. */
  readText(name: string, maxBytes?: number): string {
    return this.read(name, maxBytes).toString("utf8");
  }
}

/** Thrown when an entry would inflate past the caller's limit. */
export class ZipTooLargeError extends Error {
  constructor(
    readonly entryName: string,
    readonly size: number,
  ) {
    super(`${entryName} inflates to more than the allowed size`);
    this.name = "ZipTooLargeError";
  }
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError("ZIP64 size out of range");
  return Number(value);
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  const min = Math.max(0, bytes.length - 22 - 0xffff);
  for (let p = bytes.length - 22; p >= min; p--) {
    if (bytes.readUInt32LE(p) === EOCD_SIG && p + 22 + bytes.readUInt16LE(p + 20) <= bytes.length) return p;
  }
  throw new ZipFormatError("end of central directory not found");
}

/** Fills 0xFFFFFFFF sizes and offsets from a ZIP64 extra field, in the order the format lists them. */
function readZip64Extra(extra: Buffer, entry: ZipEntry): void {
  let p = 0;
  while (p + 4 <= extra.length) {
    const id = extra.readUInt16LE(p);
    const size = extra.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      const next = (): number => {
        if (q + 8 > p + 4 + size) throw new ZipFormatError("ZIP64 extra field too short");
        const value = safeNumber(extra.readBigUInt64LE(q));
        q += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    p += 4 + size;
  }
}
