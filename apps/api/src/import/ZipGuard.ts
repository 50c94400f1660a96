/**
 * Checks an XLSX file (a zip) before anything expands it, so a few megabytes that inflate to gigabytes
 * of shared strings are refused instead of parsed. The central directory is read, the entries must tile
 * the file exactly (so a streaming reader, which walks the local headers, sees the same entries), and
 * each entry is inflated once into nothing, counting the bytes it really makes — the sizes a zip
 * declares can lie. Limits: the number of entries, the total uncompressed size, the size of the shared
 * strings, and the compression ratio of every entry large enough to matter.
 *
 * While a worksheet is inflated its merged ranges (`<mergeCell ref="A5:A8"/>`) are collected, since
 * they come after the rows in the sheet and a streaming reader would learn of them too late.
 */
import { createInflateRaw } from "node:zlib"
import type * as ValidationMessage from "@bdhv/domain/ValidationMessage"

/** What an XLSX may expand to. */
export const zipLimits = {
  /** Entries in the zip (a workbook has a dozen or two). */
  entries: 1_000,
  /** All entries together, uncompressed. 200,000 rows of a commune's list take well under this. */
  totalBytes: 256 * 1024 * 1024,
  /** The shared strings, which a streaming reader holds whole. */
  sharedStringsBytes: 48 * 1024 * 1024,
  /** Uncompressed / compressed, for entries over `ratioFloorBytes` (XML compresses 5–30×). */
  ratio: 150,
  ratioFloorBytes: 1024 * 1024,
  /** Merged ranges kept per worksheet; a list has a few hundred (a household's code over its rows). */
  merges: 100_000,
} as const

/** What a checked workbook holds besides its cells: the merged ranges of each worksheet, by entry name. */
export interface Checked {
  readonly merges: ReadonlyMap<string, ReadonlyArray<string>>
}

const worksheetEntry = /^xl\/worksheets\/sheet\d+\.xml$/
const mergeCell = /<(?:\w+:)?mergeCell\s+ref="([A-Z]{1,3}\d{1,7}:[A-Z]{1,3}\d{1,7})"/g

/** Why a zip was refused. */
export class ZipRefused extends Error {
  constructor(readonly reason: ValidationMessage.Bilingual) {
    super(reason.en)
  }
}

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`

const unreadable = () =>
  new ZipRefused({
    vi: "Tệp Excel bị hỏng hoặc không đúng định dạng .xlsx",
    en: "The Excel file is damaged or not an .xlsx workbook",
  })

interface Entry {
  readonly name: string
  readonly method: number
  readonly compressedSize: number
  readonly declaredSize: number
  readonly flags: number
  readonly offset: number
}

const centralDirectory = (bytes: Uint8Array): ReadonlyArray<Entry> => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end-of-central-directory record is in the last 22 + 65,535 bytes (after its comment).
  let end = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) throw unreadable()
  const count = view.getUint16(end + 10, true)
  const size = view.getUint32(end + 12, true)
  const start = view.getUint32(end + 16, true)
  if (count === 0xffff || start === 0xffffffff) {
    throw new ZipRefused({
      vi: "Tệp Excel quá lớn (định dạng ZIP64)",
      en: "The Excel file is too large (ZIP64)",
    })
  }
  if (count > zipLimits.entries) {
    throw new ZipRefused({
      vi: `Tệp Excel có quá nhiều phần (${count}, tối đa ${zipLimits.entries})`,
      en: `The Excel file has too many parts (${count}, at most ${zipLimits.entries})`,
    })
  }
  if (start + size > end) throw unreadable()
  const entries: Array<Entry> = []
  let at = start
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== 0x02014b50) throw unreadable()
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    entries.push({
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      offset: view.getUint32(at + 42, true),
    })
    at += 46 + nameLength + extraLength + commentLength
  }
  // The entries, in file order, must follow each other from the first byte to the central directory.
  const ordered = [...entries].sort((a, b) => a.offset - b.offset)
  let expected = 0
  for (const entry of ordered) {
    if (entry.offset !== expected || view.getUint32(entry.offset, true) !== 0x04034b50) throw unreadable()
    const dataStart =
      entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true)
    let next = dataStart + entry.compressedSize
    // A data descriptor (flag bit 3) follows the data: 12 or 16 bytes (with its optional signature).
    if ((entry.flags & 0x08) !== 0)
      next += next + 4 <= bytes.length && view.getUint32(next, true) === 0x08074b50 ? 16 : 12
    expected = next
  }
  if (expected !== start) throw unreadable()
  return entries
}

const dataOf = (bytes: Uint8Array, entry: Entry): Uint8Array => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const dataStart =
    entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true)
  return bytes.subarray(dataStart, dataStart + entry.compressedSize)
}

/**
 * Inflates one entry into nothing, counting; stops as soon as `limit` is passed. `onText`, when given,
 * sees the inflated text, a chunk at a time with the end of the previous chunk before it.
 */
const inflatedSize = (data: Uint8Array, limit: number, onText?: (text: string) => void): Promise<number> =>
  new Promise((resolve, reject) => {
    const inflate = createInflateRaw()
    let size = 0
    let carry = ""
    inflate.on("data", (chunk: Buffer) => {
      size += chunk.length
      if (onText !== undefined) {
        const text = carry + chunk.toString("latin1")
        onText(text)
        carry = text.slice(-64)
      }
      if (size > limit) {
        inflate.destroy()
        resolve(size)
      }
    })
    inflate.on("end", () => resolve(size))
    inflate.on("error", () => reject(unreadable()))
    // In slices, so a bomb is noticed after a slice, not after the whole input.
    const slice = 64 * 1024
    let at = 0
    const feed = () => {
      while (at < data.length && !inflate.destroyed) {
        const ok = inflate.write(data.subarray(at, at + slice))
        at += slice
        if (!ok) {
          inflate.once("drain", feed)
          return
        }
      }
      if (!inflate.destroyed) inflate.end()
    }
    feed()
  })

/** Refuses an XLSX that would expand past the limits; resolves, when it is safe to read, with its merges. */
export const check = async (bytes: Uint8Array): Promise<Checked> => {
  const entries = centralDirectory(bytes)
  const merges = new Map<string, ReadonlyArray<string>>()
  let total = 0
  for (const entry of entries) {
    if (entry.method !== 0 && entry.method !== 8) throw unreadable()
    const isStrings = /(^|\/)sharedStrings\.xml$/i.test(entry.name)
    const remaining = zipLimits.totalBytes - total
    const limit = isStrings ? Math.min(zipLimits.sharedStringsBytes, remaining) : remaining
    const data = dataOf(bytes, entry)
    const ranges = new Set<string>()
    const collect = worksheetEntry.test(entry.name)
      ? (text: string) => {
          for (const match of text.matchAll(mergeCell))
            if (ranges.size < zipLimits.merges) ranges.add(match[1]!)
        }
      : undefined
    if (collect !== undefined && entry.method === 0) collect(Buffer.from(data).toString("latin1"))
    const size = entry.method === 0 ? data.length : await inflatedSize(data, limit, collect)
    if (ranges.size > 0) merges.set(entry.name, [...ranges])
    if (isStrings && size > zipLimits.sharedStringsBytes) {
      throw new ZipRefused({
        vi: `Phần chữ của tệp Excel quá lớn (hơn ${mb(zipLimits.sharedStringsBytes)} khi giải nén)`,
        en: `The Excel file's text is too large (over ${mb(zipLimits.sharedStringsBytes)} uncompressed)`,
      })
    }
    total += size
    if (total > zipLimits.totalBytes) {
      throw new ZipRefused({
        vi: `Tệp Excel quá lớn khi giải nén (hơn ${mb(zipLimits.totalBytes)})`,
        en: `The Excel file is too large uncompressed (over ${mb(zipLimits.totalBytes)})`,
      })
    }
    if (size > entry.declaredSize && entry.method === 8) {
      // A zip that says less than it holds is made to fool a reader.
      throw new ZipRefused({
        vi: "Tệp Excel khai sai kích thước nội dung: không đọc tệp này",
        en: "The Excel file misstates the size of its contents: it is not read",
      })
    }
    if (size > zipLimits.ratioFloorBytes && size / Math.max(1, data.length) > zipLimits.ratio) {
      throw new ZipRefused({
        vi: `Tệp Excel bị nén bất thường (${Math.round(size / Math.max(1, data.length))} lần): không đọc tệp này`,
        en: `The Excel file is compressed abnormally (${Math.round(size / Math.max(1, data.length))}×): it is not read`,
      })
    }
  }
  return { merges }
}
