import "server-only";
import { fileTypeFromBuffer } from "file-type";
import sharp, { type Sharp } from "sharp";
import { AppError } from "@/lib/errors";

/** Largest chat attachment accepted, in bytes (5 MiB), before any processing. */
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
/** Longest side of the stored image and of its thumbnail, in pixels (never enlarged). */
export const IMAGE_FULL_MAX_PX = 1600;
export const IMAGE_THUMB_MAX_PX = 400;
/**
 * Largest decoded image, in pixels (width × height), checked from the header before decoding: a few
 * kilobytes of PNG can claim 100k × 100k pixels (a decompression bomb). 40 MP covers every phone's
 * default photo size (12–24 MP); bigger camera modes produce files over 5 MB anyway.
 */
export const IMAGE_MAX_INPUT_PIXELS = 40_000_000;
/** WebP quality for both sizes: visually clean for photos of parts and dashboards at a fraction of JPEG's size. */
const WEBP_QUALITY = 80;

const TOO_LARGE = "errors.messaging.attachmentTooLarge";
const WRONG_TYPE = "errors.messaging.attachmentType";
const UNREADABLE = "errors.messaging.attachmentUnreadable";

/**
 * Image formats this sharp build decodes, with the name `sharp(...).metadata().format` reports.
 * Not accepted, on purpose:
 * - HEIC (iPhone): sharp's prebuilt libvips has libheif with AV1 only, not the patented HEVC, so it
 *   cannot decode HEIC (`heifsave: Unsupported compression`; lovell/sharp#4050). iOS Safari converts
 *   HEIC photos to JPEG when a file input does not list `image/heic` in `accept`.
 * - SVG: it is a document that can carry scripts and external references, not a picture.
 * - TIFF, raw camera formats: not a chat format, and extra decoder surface for no user benefit.
 */
const IMAGE_FORMATS = [
  { mime: "image/jpeg", ext: "jpg", sharpFormat: "jpeg" },
  { mime: "image/png", ext: "png", sharpFormat: "png" },
  { mime: "image/webp", ext: "webp", sharpFormat: "webp" },
  { mime: "image/gif", ext: "gif", sharpFormat: "gif" },
  // AVIF is HEIF with AV1, which the prebuilt libheif decodes (sharp reports it as "heif").
  { mime: "image/avif", ext: "avif", sharpFormat: "heif" },
] as const;

type ImageFormat = (typeof IMAGE_FORMATS)[number];
export type AttachmentMime = ImageFormat["mime"] | "application/pdf";
export type AttachmentExt = ImageFormat["ext"] | "pdf";
export type InspectedUpload = { kind: "image" | "file"; mime: AttachmentMime; ext: AttachmentExt };

/** Only what this process's libvips can actually read from a buffer (a custom build may lack a loader). */
const decodableImages: readonly ImageFormat[] = IMAGE_FORMATS.filter((f) => sharp.format[f.sharpFormat]?.input.buffer === true);

/** Every MIME type `inspectUpload` accepts, for an `accept` attribute or an error message. */
export const ACCEPTED_ATTACHMENT_MIMES: readonly AttachmentMime[] = [...decodableImages.map((f) => f.mime), "application/pdf"];

/** A PDF header (`%PDF-1.7`, `%PDF-2.0`), which file-type reduces to `%PDF`. */
const PDF_HEADER = /^%PDF-[12]\.\d/;
/** Readers look for the end-of-file marker within the last 1024 bytes (Adobe's PDF reference, implementation note 18). */
const PDF_EOF_WINDOW = 1024;

/**
 * Which attachment an upload is, judged by its bytes (magic numbers via `file-type`), never by its
 * name or the browser's MIME type: a ZIP named `.jpg` is a ZIP.
 *
 * Takes the raw upload (≤ `ATTACHMENT_MAX_BYTES`); `_fileName` is ignored on purpose (the bytes decide)
 * and only accepted so call sites can pass what they have.
 * Returns `{ kind: "image", mime, ext }` for JPEG, PNG, WebP, GIF and AVIF (see `ACCEPTED_ATTACHMENT_MIMES`),
 * `{ kind: "file", mime: "application/pdf", ext: "pdf" }` for a PDF. Images still need `processImage`,
 * which decodes them and may find them corrupt; PDFs are stored as they are.
 * Throws AppError:
 * - UNPROCESSABLE_CONTENT `errors.messaging.attachmentTooLarge` `{ maxMb: 5 }` over the size limit;
 * - UNPROCESSABLE_CONTENT `errors.messaging.attachmentType` when empty or anything else (HTML, SVG, text,
 *   executables, archives, HEIC, TIFF...);
 * - UNPROCESSABLE_CONTENT `errors.messaging.attachmentUnreadable` for a PDF cut short (no `%%EOF` at its end).
 */
export async function inspectUpload(data: Buffer, _fileName?: string): Promise<InspectedUpload> {
  if (data.length > ATTACHMENT_MAX_BYTES) {
    throw new AppError("UNPROCESSABLE_CONTENT", TOO_LARGE, { maxMb: ATTACHMENT_MAX_BYTES / (1024 * 1024) });
  }
  if (data.length === 0) throw new AppError("UNPROCESSABLE_CONTENT", WRONG_TYPE);

  const detected = await fileTypeFromBuffer(data);
  if (detected?.mime === "application/pdf") {
    if (!PDF_HEADER.test(data.subarray(0, 16).toString("latin1"))) throw new AppError("UNPROCESSABLE_CONTENT", WRONG_TYPE);
    if (!data.subarray(-PDF_EOF_WINDOW).toString("latin1").includes("%%EOF")) throw new AppError("UNPROCESSABLE_CONTENT", UNREADABLE);
    return { kind: "file", mime: "application/pdf", ext: "pdf" };
  }
  const image = decodableImages.find((f) => f.mime === detected?.mime);
  if (!image) throw new AppError("UNPROCESSABLE_CONTENT", WRONG_TYPE);
  return { kind: "image", mime: image.mime, ext: image.ext };
}

export type ProcessedImage = {
  /** The picture to show, longest side ≤ `IMAGE_FULL_MAX_PX`. */
  full: Buffer;
  /** The preview in the conversation, longest side ≤ `IMAGE_THUMB_MAX_PX`. */
  thumb: Buffer;
  /** Both buffers' type. */
  mime: "image/webp";
  /** `full`'s size in pixels, after orientation. */
  width: number;
  height: number;
  /** `thumb`'s size in pixels. */
  thumbWidth: number;
  thumbHeight: number;
};

/** Resizes within a `maxPx` square, keeping proportions, never enlarging; WebP, no metadata. */
async function encode(input: Sharp, maxPx: number): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await input
    .resize({ width: maxPx, height: maxPx, fit: "inside", withoutEnlargement: true })
    .webp({ quality: WEBP_QUALITY })
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/**
 * Re-encodes an uploaded image (one `inspectUpload` accepted) into what Pitstop stores and serves:
 * a full-size picture and a thumbnail, both WebP.
 *
 * - Orientation: the EXIF Orientation is applied to the pixels (a phone's portrait photo stays upright),
 *   so the output needs no metadata.
 * - Metadata: none survives. sharp drops EXIF (GPS position, camera serial), XMP, IPTC and ICC unless
 *   told to keep them, converting the pixels to sRGB first, so a Display P3 photo keeps its colours.
 * - Format: WebP rather than JPEG because every browser Pitstop supports shows it, it is 25–35 % smaller
 *   at the same quality, and it keeps the transparency of PNG screenshots and stickers.
 * - Animated GIF or WebP: only the first frame is kept (sharp's default of one page), a still picture.
 * - Re-encoding also neutralises polyglot files (an image with a ZIP or HTML appended).
 *
 * Decoding is tolerant of minor warnings (`failOn: "error"`) because real phone photos often carry
 * harmless ones, but refuses truncated or corrupt data.
 * Returns sizes in pixels. Throws AppError:
 * - UNPROCESSABLE_CONTENT `errors.messaging.attachmentType` for a format outside the accepted images
 *   (e.g. SVG, HEIC, PDF, TIFF);
 * - UNPROCESSABLE_CONTENT `errors.messaging.attachmentUnreadable` when the data is corrupt or claims more
 *   than `IMAGE_MAX_INPUT_PIXELS` pixels.
 */
export async function processImage(data: Buffer): Promise<ProcessedImage> {
  let input: Sharp;
  try {
    input = sharp(data, { autoOrient: true, failOn: "error", limitInputPixels: IMAGE_MAX_INPUT_PIXELS, pages: 1 });
    await assertAcceptedFormat(input);
  } catch (error) {
    throw asImageError(error);
  }
  try {
    const [full, thumb] = await Promise.all([encode(input.clone(), IMAGE_FULL_MAX_PX), encode(input.clone(), IMAGE_THUMB_MAX_PX)]);
    return {
      full: full.data,
      thumb: thumb.data,
      mime: "image/webp",
      width: full.width,
      height: full.height,
      thumbWidth: thumb.width,
      thumbHeight: thumb.height,
    };
  } catch (error) {
    throw asImageError(error);
  }
}

/**
 * Reads the header only (no pixels) and refuses what `inspectUpload` would refuse, so `processImage`
 * never rasterises an SVG or tries a HEIC even when called on its own.
 */
async function assertAcceptedFormat(input: Sharp): Promise<void> {
  const meta = await input.metadata();
  const accepted = decodableImages.some((f) => f.sharpFormat === meta.format);
  // libvips reports AVIF and HEIC alike as "heif"; only AV1-compressed HEIF (AVIF) decodes here.
  const heicInDisguise = meta.format === "heif" && meta.compression !== "av1";
  if (!accepted || heicInDisguise) throw new AppError("UNPROCESSABLE_CONTENT", WRONG_TYPE);
}

/** Our own AppError passes through; anything sharp throws (corrupt data, pixel limit) means "unreadable". */
function asImageError(error: unknown): AppError {
  return error instanceof AppError ? error : new AppError("UNPROCESSABLE_CONTENT", UNREADABLE);
}

/** Longest file name kept, in characters (Unicode code points), extension included. */
export const FILE_NAME_MAX_CHARS = 120;
const FALLBACK_FILE_NAME = "attachment";
/** Extensions longer than this are treated as part of the name when shortening. */
const MAX_EXT_CHARS = 10;

/**
 * The name an attachment is shown and downloaded as, from the name the browser sent.
 *
 * Takes any string; returns a non-empty name of at most `FILE_NAME_MAX_CHARS` code points, in Unicode NFC
 * (macOS sends decomposed letters), with letters of any script kept ("faktura_łożysko.pdf" stays as is).
 * Removed: any folder part (`C:\Users\…\`, `../`), control and invisible format characters (including
 * right-to-left overrides that make "fdp.exe" look like "exe.pdf"), characters Windows forbids in names
 * (`<>:"/\|?*`, replaced by `_`), leading dots (hidden files) and trailing dots or spaces. A long name
 * is cut in its stem so the extension survives. Falls back to "attachment". Never throws.
 */
export function sanitizeFileName(name: string): string {
  const base = name.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const cleaned = base
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu, "")
    .replace(/[<>:"|?*]/g, "_")
    .replace(/\s+/gu, " ")
    .replace(/^[\s.]+/u, "")
    .replace(/[\s.]+$/u, "");
  if (cleaned.length === 0) return FALLBACK_FILE_NAME;
  return shorten(cleaned, FILE_NAME_MAX_CHARS);
}

/** Cuts `name` to `max` code points (never splitting a surrogate pair), keeping a short extension. */
function shorten(name: string, max: number): string {
  const chars = Array.from(name);
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 ? Array.from(name.slice(dot)) : [];
  const keepExt = ext.length > 1 && ext.length <= MAX_EXT_CHARS + 1;
  const stem = keepExt ? chars.slice(0, chars.length - ext.length) : chars;
  const room = keepExt ? max - ext.length : max;
  return (
    stem
      .slice(0, room)
      .join("")
      .replace(/[\s.]+$/u, "") + (keepExt ? ext.join("") : "")
  );
}
