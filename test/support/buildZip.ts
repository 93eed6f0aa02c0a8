import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntryInput {
  name: string;
  data: Uint8Array | string;
  /** Lie in the central directory: declare this uncompressed size (ZIP64 when over 4 GB). */
  declaredSize?: number;
  store?: boolean;
}

/**
 * A minimal ZIP writer (local headers, data, central directory, end record) that can lie.
 * Hand-written because the hostile archives need it: fflate's `zipSync` only writes the
 * true sizes and never a ZIP64 size field for a small entry.
 */
export function buildZip(inputs: readonly ZipEntryInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const input of inputs) {
    const data =
      typeof input.data === 'string' ? Buffer.from(input.data, 'utf8') : Buffer.from(input.data);
    const packed = input.store ? data : deflateRawSync(data);
    const name = Buffer.from(input.name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(input.store ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(Math.min(input.declaredSize ?? data.length, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, packed);
    const declared = input.declaredSize ?? data.length;
    const zip64 = declared > 0xffffffff;
    const extra = Buffer.alloc(zip64 ? 12 : 0);
    if (zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(8, 2);
      extra.writeBigUInt64LE(BigInt(declared), 4);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(input.store ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(zip64 ? 0xffffffff : declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name, extra);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(inputs.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(inputs.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
