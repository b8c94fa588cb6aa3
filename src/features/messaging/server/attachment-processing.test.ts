import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import {
  ACCEPTED_ATTACHMENT_MIMES,
  ATTACHMENT_MAX_BYTES,
  FILE_NAME_MAX_CHARS,
  inspectUpload,
  processImage,
  sanitizeFileName,
} from "./attachment-processing";

const solid = (width: number, height: number, channels: 3 | 4 = 3) =>
  sharp({ create: { width, height, channels, background: { r: 40, g: 120, b: 200, alpha: 0.5 } } });

/** A minimal valid PDF 1.4 (one empty A4 page) with a correct cross-reference table. */
function minimalPdf(): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
  ];
  let body = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** Tag ids in the first IFD of a raw EXIF block ("Exif\0\0" + TIFF), e.g. 0x8825 for the GPS IFD pointer. */
function ifd0Tags(exif: Buffer): number[] {
  const tiff = exif.subarray(6);
  const little = tiff.toString("latin1", 0, 2) === "II";
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  return Array.from({ length: u16(ifd) }, (_, i) => u16(ifd + 2 + i * 12));
}

/** A white greyscale PNG: compresses to almost nothing however many pixels it has, like a decompression bomb. */
const whitePng = (width: number, height: number) =>
  sharp(Buffer.alloc(width * height, 255), { raw: { width, height, channels: 1 } })
    .png({ compressionLevel: 9 })
    .toBuffer();

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("inspectUpload", () => {
  it.each([
    ["jpeg", () => solid(20, 10).jpeg().toBuffer(), "image/jpeg", "jpg"],
    ["png", () => solid(20, 10).png().toBuffer(), "image/png", "png"],
    ["webp", () => solid(20, 10).webp().toBuffer(), "image/webp", "webp"],
    ["gif", () => solid(20, 10).gif().toBuffer(), "image/gif", "gif"],
    ["avif", () => solid(20, 10).avif().toBuffer(), "image/avif", "avif"],
  ] as const)("accepts a %s image by its bytes, whatever its name says", async (_format, make, mime, ext) => {
    expect(await inspectUpload(await make(), "document.pdf")).toEqual({ kind: "image", mime, ext });
  });

  it("accepts a real PDF as a file", async () => {
    expect(await inspectUpload(minimalPdf(), "faktura.pdf")).toEqual({ kind: "file", mime: "application/pdf", ext: "pdf" });
  });

  it("lists what it accepts", () => {
    expect(ACCEPTED_ATTACHMENT_MIMES).toEqual(["image/jpeg", "image/png", "image/webp", "image/gif", "image/avif", "application/pdf"]);
  });

  const heicHeader = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypheic\0\0\0\0mif1heic"), Buffer.alloc(64)]);
  it.each([
    ["a text file named .jpg", Buffer.from("Dzień dobry, w załączniku zdjęcie tarcz hamulcowych.")],
    ["an SVG (script-capable)", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ["an SVG with an XML declaration", Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ["an HTML page", Buffer.from("<!doctype html><html><body><script>steal()</script></body></html>")],
    ["a ZIP named .jpg", Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60)])],
    ["a Windows executable", Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200)])],
    ["a HEIC photo (no HEVC decoder in sharp's build)", heicHeader],
    ["a bare %PDF without a version", Buffer.from("%PDF hello\n%%EOF")],
  ])("refuses %s", async (_what, data) => {
    const error = await rejection(inspectUpload(data, "photo.jpg"));
    expect(error.message).toBe("errors.messaging.attachmentType");
  });

  it("refuses a TIFF, which sharp could decode but chat has no use for", async () => {
    const error = await rejection(inspectUpload(await solid(10, 10).tiff().toBuffer(), "scan.tif"));
    expect(error.message).toBe("errors.messaging.attachmentType");
  });

  it("refuses an empty upload", async () => {
    expect((await rejection(inspectUpload(Buffer.alloc(0), "empty.jpg"))).message).toBe("errors.messaging.attachmentType");
  });

  it("refuses more than 5 MB with the limit as a parameter, and accepts exactly 5 MB", async () => {
    const padded = (size: number) => Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(size - 9 - 6, 0x20), Buffer.from("%%EOF\n")]);
    const error = await rejection(inspectUpload(padded(ATTACHMENT_MAX_BYTES + 1), "big.pdf"));
    expect(error).toMatchObject({ code: "UNPROCESSABLE_CONTENT", message: "errors.messaging.attachmentTooLarge", params: { maxMb: 5 } });
    expect((await inspectUpload(padded(ATTACHMENT_MAX_BYTES), "big.pdf")).mime).toBe("application/pdf");
  });

  it("calls a PDF cut short unreadable", async () => {
    const pdf = minimalPdf();
    const error = await rejection(inspectUpload(pdf.subarray(0, pdf.length - 20), "faktura.pdf"));
    expect(error.message).toBe("errors.messaging.attachmentUnreadable");
  });
});

describe("processImage", () => {
  it("turns a 4000×3000 phone photo shot in portrait into an upright WebP ≤ 1600 px without EXIF or GPS", async () => {
    const photo = await solid(4000, 3000)
      .jpeg({ quality: 70 })
      .withMetadata({ orientation: 6 })
      .withExifMerge({
        IFD0: { Make: "PitstopTestCam", Model: "X1" },
        // libvips numbers the GPS directory IFD3.
        IFD3: { GPSLatitudeRef: "N", GPSLatitude: "52/1 13/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "21/1 0/1 0/1" },
      })
      .toBuffer();
    const before = await sharp(photo).metadata();
    expect(before.orientation).toBe(6);
    expect(ifd0Tags(before.exif!)).toContain(0x8825); // the photo really carries a GPS directory

    const out = await processImage(photo);

    expect(out).toMatchObject({ mime: "image/webp", width: 1200, height: 1600, thumbWidth: 300, thumbHeight: 400 });
    for (const image of [out.full, out.thumb]) {
      const meta = await sharp(image).metadata();
      expect(meta.format).toBe("webp");
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect(image.includes("PitstopTestCam")).toBe(false);
      expect(image.includes("Exif")).toBe(false);
    }
    const full = await sharp(out.full).metadata();
    expect([full.width, full.height]).toEqual([1200, 1600]);
  });

  it("never enlarges a small PNG and keeps its transparency", async () => {
    const out = await processImage(await solid(300, 200, 4).png().toBuffer());
    expect(out).toMatchObject({ width: 300, height: 200, thumbWidth: 300, thumbHeight: 200 });
    expect((await sharp(out.full).metadata()).hasAlpha).toBe(true);
  });

  it("keeps the first frame of an animated GIF as a still picture", async () => {
    const frame = (background: string) =>
      sharp({ create: { width: 60, height: 40, channels: 3, background } })
        .png()
        .toBuffer();
    const gif = await sharp(await Promise.all([frame("#ff0000"), frame("#0000ff")]), { join: { animated: true } })
      .gif()
      .toBuffer();
    expect((await sharp(gif).metadata()).pages).toBe(2);

    const out = await processImage(gif);
    const meta = await sharp(out.full).metadata();
    expect([meta.width, meta.height, meta.pages ?? 1]).toEqual([60, 40, 1]);
    const { dominant } = await sharp(out.full).stats();
    expect(dominant.r).toBeGreaterThan(200);
    expect(dominant.b).toBeLessThan(50);
  });

  it("calls a corrupt JPEG header unreadable", async () => {
    const jpeg = await solid(100, 100).jpeg().toBuffer();
    const corrupt = Buffer.concat([jpeg.subarray(0, 4), Buffer.alloc(200, 7)]);
    expect((await inspectUpload(corrupt, "x.jpg")).mime).toBe("image/jpeg"); // the magic bytes alone look fine
    expect((await rejection(processImage(corrupt))).message).toBe("errors.messaging.attachmentUnreadable");
  });

  it("calls a truncated JPEG unreadable", async () => {
    const jpeg = await solid(800, 600).jpeg().toBuffer();
    expect((await rejection(processImage(jpeg.subarray(0, jpeg.length / 2)))).message).toBe("errors.messaging.attachmentUnreadable");
  });

  it("refuses a decompression bomb: a 130 kB PNG of 6400×6400 px (41 MP) is over the 40 MP limit, 6000×6000 is not", async () => {
    const bomb = await whitePng(6400, 6400);
    expect(bomb.length).toBeLessThan(200_000);
    expect((await rejection(processImage(bomb))).message).toBe("errors.messaging.attachmentUnreadable");
    expect(await processImage(await whitePng(6000, 6000))).toMatchObject({ width: 1600, height: 1600 });
  });

  it("does not rasterise an SVG even when called directly", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
    expect((await rejection(processImage(svg))).message).toBe("errors.messaging.attachmentType");
  });

  it("calls an empty buffer unreadable", async () => {
    expect((await rejection(processImage(Buffer.alloc(0)))).message).toBe("errors.messaging.attachmentUnreadable");
  });
});

describe("sanitizeFileName", () => {
  it.each([
    ["faktura_łożysko.pdf", "faktura_łożysko.pdf"],
    ["Zdjęcie tarczy – przód.JPG", "Zdjęcie tarczy – przód.JPG"],
    ["../../etc/passwd", "passwd"],
    ["C:\\Users\\Jan\\Pulpit\\faktura.pdf", "faktura.pdf"],
    ["a\u0000b\n\tc.pdf", "abc.pdf"],
    ["invoice\u202Efdp.exe", "invoicefdp.exe"],
    ['what?<is>"this"|*:.pdf', "what__is__this____.pdf"],
    ["   .hidden  file.pdf . ", "hidden file.pdf"],
    ["", "attachment"],
    ["...", "attachment"],
    ["/", "attachment"],
    ["\u0007\u0008", "attachment"],
  ])("%j → %j", (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it("composes decomposed letters (macOS sends NFD)", () => {
    const nfd = "faktura_łożysko.pdf".normalize("NFD");
    expect(nfd).not.toBe("faktura_łożysko.pdf");
    expect(sanitizeFileName(nfd)).toBe("faktura_łożysko.pdf");
  });

  it("cuts a long name to 120 characters keeping the extension", () => {
    const name = sanitizeFileName(`${"ł".repeat(200)}.pdf`);
    expect(Array.from(name)).toHaveLength(FILE_NAME_MAX_CHARS);
    expect(name.endsWith("ł.pdf")).toBe(true);
  });

  it("never splits a character made of two UTF-16 units", () => {
    const name = sanitizeFileName("🚗".repeat(130));
    expect(Array.from(name)).toHaveLength(FILE_NAME_MAX_CHARS);
    expect(name).toBe("🚗".repeat(FILE_NAME_MAX_CHARS));
  });
});
