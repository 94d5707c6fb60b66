/**
 * ExcelJS zips with JSZip, which stamps every entry with the current time. To make tables.xlsx
 * byte-identical between runs, this rewrites the DOS time/date fields of every local and central
 * directory header to one fixed moment. The CRCs cover only the contents, so they stay valid.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** DOS time 00:00:00 and date 1980-01-01, the earliest a ZIP header can hold. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** Returns a copy of `zip` with every entry's modification time set to 1980-01-01 00:00. */
export function pinZipTimestamps(zip: Uint8Array): Buffer {
  const buf = Buffer.from(zip);
  const eocd = findEndOfCentralDirectory(buf);
  const entries = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (buf.readUInt32LE(at) !== CENTRAL) throw new Error('zip: broken central directory');
    buf.writeUInt16LE(DOS_TIME, at + 12);
    buf.writeUInt16LE(DOS_DATE, at + 14);
    const local = buf.readUInt32LE(at + 42);
    if (buf.readUInt32LE(local) !== LOCAL) throw new Error('zip: central directory points at no local header');
    buf.writeUInt16LE(DOS_TIME, local + 10);
    buf.writeUInt16LE(DOS_DATE, local + 12);
    at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return buf;
}

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  for (let at = buf.length - 22; at >= Math.max(0, buf.length - 22 - 0xffff); at--) {
    if (buf.readUInt32LE(at) === EOCD) return at;
  }
  throw new Error('zip: no end of central directory record');
}
