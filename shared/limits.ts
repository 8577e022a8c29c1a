// Limits on what any file from outside may cost to read: one set of numbers, shared by the
// desktop app, the web shell and `cjm`. Each says why it is as large as it is.

/** The largest document (as JSON bytes) a request or a stored version may carry: a 5,000-card map is about 2 MB. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/** A PNG or PDF larger than this is not opened: exports of the largest maps stay far below it. */
export const MAX_CARRIER_BYTES = 256 * 1024 * 1024;

/** The map a PNG or PDF carries (a .cjm file) is unpacked to at most this many bytes, so a zip bomb stops early. */
export const MAX_EMBEDDED_MAP_BYTES = 128 * 1024 * 1024;

/** Nodes of a PDF name tree walked while looking for the attached map (an export has one). */
export const MAX_PDF_NAME_TREE_NODES = 4096;

/**
 * The small objects a PDF packs into compressed object and cross-reference streams are unpacked
 * to at most this many bytes in all while it loads: an export has none, a thousand-page report
 * a few MB, and a 1 MB bomb would otherwise unpack to a gigabyte before anything is checked.
 */
export const MAX_PDF_OBJECT_STREAM_BYTES = 64 * 1024 * 1024;

/** JSON nested deeper than this (a field of a newer app, a tag list) is refused: nothing we write nests past 10. */
export const MAX_JSON_DEPTH = 64;

/**
 * Reading a file runs in a separate process that is stopped after this long. A 5,000-card map
 * opens in well under a second and a 300 MB one in about 2 s; nothing legitimate comes near it.
 */
export const PARSE_TIME_LIMIT_MS = 15_000;

/** The reading process's JavaScript heap (documents, PDF objects), in MB. */
export const PARSE_HEAP_LIMIT_MB = 1024;

/** SQLite's own memory in the reading process (page cache, sorting), in bytes. */
export const PARSE_SQLITE_HEAP_BYTES = 512 * 1024 * 1024;

/** A save or read waits this long for another process holding the file (another app saving it) before giving up. */
export const BUSY_TIMEOUT_MS = 10_000;

/**
 * An image file (a site photo, a screenshot) larger than this is refused: a 24-megapixel camera
 * JPEG is 6–12 MB, a full-screen PNG screenshot 2–8 MB.
 */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/**
 * All the images of one map together (originals, as stored) may take at most this much: fifty
 * 3 MB workshop photos are 150 MB; past this the .cjm stops being a file people mail around.
 */
export const MAX_MAP_IMAGES_BYTES = 500 * 1024 * 1024;

/**
 * An image whose header declares more pixels than this is refused before anything decodes it
 * (a 100-megapixel RGBA frame is 400 MB of memory): a 20 MB file can claim 100,000×100,000
 * pixels, a decompression bomb. The largest phone and camera photos are 50–60 megapixels.
 */
export const MAX_IMAGE_PIXELS = 100_000_000;

/** JPEG segments walked looking for the frame header (real photos have 5–30 before it). */
export const MAX_JPEG_SEGMENTS = 1024;

/** A Mermaid file (.mmd, or a .md holding a journey block) larger than this is not read: a journey of a thousand tasks is some 50 kB, and a Markdown file may hold much else around it. */
export const MAX_MERMAID_FILE_BYTES = 8 * 1024 * 1024;

/** A spreadsheet (.xlsx, .csv) larger than this is not read: a 5,000-card map's workbook is well under 2 MB. */
export const MAX_SHEET_FILE_BYTES = 32 * 1024 * 1024;

/**
 * An .xlsx is a zip: its parts are unpacked to at most this many bytes in all before anything
 * parses them, so a zip bomb posing as a workbook stops within this budget (a 5,000-card map
 * unpacks to some 10 MB).
 */
export const MAX_SHEET_UNPACKED_BYTES = 128 * 1024 * 1024;

/** Parts of an .xlsx zip: Excel writes 10–30, one more per sheet, picture or comment list. */
export const MAX_SHEET_ZIP_ENTRIES = 2000;
