/**
 * Pitstop's one e-mail layout: a centred card built from tables with inline styles (what Gmail,
 * Outlook and Apple Mail all render), the brand colour on the button only, and a plain-text twin.
 * Every piece of text is HTML-escaped here, so callers pass user content (names, chat messages) as is.
 */

export type EmailLocale = "pl" | "en";

export type EmailItem = {
  title: string;
  /** A short line under the title, e.g. "Warsztat Auto-Serwis · 14:05". */
  meta?: string;
  /** Line breaks are kept. */
  body: string;
};

export type EmailContent = {
  locale: EmailLocale;
  /** The inbox preview line after the subject (hidden in the message itself). */
  preheader?: string;
  heading: string;
  paragraphs: string[];
  items?: EmailItem[];
  /** The one button. `url` must be absolute http(s). */
  action?: { label: string; url: string };
  /** Why the reader gets this e-mail / how to stop it. */
  footer: string;
};

export type RenderedEmail = { html: string; text: string };

// Brand orange-red of globals.css (`--primary`, oklch(0.55 0.19 35)): white on it is 5.3:1.
const COLORS = {
  page: "#f4f4f5",
  card: "#ffffff",
  text: "#18181b",
  muted: "#52525b",
  border: "#e4e4e7",
  item: "#fafafa",
  primary: "#c83406",
  onPrimary: "#ffffff",
} as const;

const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

const WORDING: Record<EmailLocale, { linkFallback: string }> = {
  pl: { linkFallback: "Jeśli przycisk nie działa, skopiuj ten adres do przeglądarki:" },
  en: { linkFallback: "If the button does not work, copy this address into your browser:" },
};

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Escaped, with line breaks as `<br>` (CRLF, CR or LF). */
const multiline = (value: string) => escapeHtml(value).replace(/\r\n|\r|\n/g, "<br>");

/** Only absolute http(s) links go into a button: never `javascript:` or a relative path. */
function safeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`E-mail action URL is not absolute: ${url}`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new TypeError(`E-mail action URL must be http(s): ${url}`);
  return parsed.href;
}

function itemHtml(item: EmailItem): string {
  const meta = item.meta
    ? `<div style="margin:2px 0 0;font-size:13px;line-height:18px;color:${COLORS.muted};">${escapeHtml(item.meta)}</div>`
    : "";
  return `<tr><td style="padding:0 0 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:separate;">
<tr><td class="ps-item" bgcolor="${COLORS.item}" style="padding:12px 14px;background-color:${COLORS.item};border:1px solid ${COLORS.border};border-radius:8px;color:${COLORS.text};">
<div style="font-size:15px;line-height:20px;font-weight:600;color:${COLORS.text};">${escapeHtml(item.title)}</div>${meta}
<div style="margin:8px 0 0;font-size:15px;line-height:22px;color:${COLORS.text};">${multiline(item.body)}</div>
</td></tr></table>
</td></tr>`;
}

function actionHtml(action: { label: string; url: string }, locale: EmailLocale): string {
  const href = escapeHtml(safeUrl(action.url));
  // A padded table cell is the button Outlook draws too; the link text repeats below for clients that block it.
  return `<tr><td style="padding:8px 0 4px;">
<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>
<td bgcolor="${COLORS.primary}" style="border-radius:8px;background-color:${COLORS.primary};">
<a href="${href}" target="_blank" style="display:inline-block;padding:12px 22px;font-family:${FONT};font-size:16px;line-height:20px;font-weight:600;color:${COLORS.onPrimary};text-decoration:none;border-radius:8px;">${escapeHtml(action.label)}</a>
</td></tr></table>
</td></tr>
<tr><td style="padding:12px 0 0;font-size:13px;line-height:18px;color:${COLORS.muted};">${escapeHtml(WORDING[locale].linkFallback)}<br>
<a class="ps-link" href="${href}" target="_blank" style="color:${COLORS.primary};word-break:break-all;">${escapeHtml(safeUrl(action.url))}</a></td></tr>`;
}

/**
 * Renders an e-mail. Takes the content in one language; returns `html` (a complete document) and
 * `text` (the plain-text alternative with the same content, the action as "label: url").
 * Throws a TypeError when `action.url` is not an absolute http(s) URL. Pure.
 */
export function renderEmail(content: EmailContent): RenderedEmail {
  const { locale, preheader, heading, paragraphs, items = [], action, footer } = content;

  const paragraphRows = paragraphs
    .map((p) => `<tr><td style="padding:0 0 14px;font-size:16px;line-height:24px;color:${COLORS.text};">${multiline(p)}</td></tr>`)
    .join("\n");
  const itemRows = items.map(itemHtml).join("\n");
  const actionRows = action ? actionHtml(action, locale) : "";
  // Whitespace after the preheader keeps clients from filling the preview with the body's first words.
  const preheaderHtml = preheader
    ? `<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;font-size:1px;line-height:1px;color:${COLORS.page};opacity:0;">${escapeHtml(preheader)}${"&#8203;&nbsp;".repeat(40)}</div>`
    : "";

  const html = `<!doctype html>
<html lang="${locale}" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${escapeHtml(heading)}</title>
<style>
:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (prefers-color-scheme: dark) {
  .ps-page { background-color: #09090b !important; }
  .ps-card { background-color: #18181b !important; border-color: #3f3f46 !important; }
  .ps-card td, .ps-card div { color: #f4f4f5 !important; }
  .ps-item { background-color: #27272a !important; border-color: #3f3f46 !important; }
  .ps-muted { color: #a1a1aa !important; }
  .ps-link { color: #ed6b42 !important; }
}
</style>
</head>
<body class="ps-page" style="margin:0;padding:0;width:100%;background-color:${COLORS.page};">
${preheaderHtml}
<table role="presentation" class="ps-page" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="${COLORS.page}" style="background-color:${COLORS.page};">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;">
<tr><td class="ps-link" style="padding:0 4px 12px;font-family:${FONT};font-size:18px;line-height:24px;font-weight:700;color:${COLORS.primary};">Pitstop</td></tr>
<tr><td>
<table role="presentation" class="ps-card" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="${COLORS.card}" style="background-color:${COLORS.card};border:1px solid ${COLORS.border};border-radius:12px;font-family:${FONT};">
<tr><td style="padding:28px 28px 14px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="font-family:${FONT};">
<tr><td style="padding:0 0 16px;"><h1 style="margin:0;font-size:22px;line-height:28px;font-weight:700;color:${COLORS.text};">${escapeHtml(heading)}</h1></td></tr>
${paragraphRows}
${itemRows}
${actionRows}
</table>
</td></tr>
</table>
</td></tr>
<tr><td class="ps-muted" style="padding:16px 8px 0;font-family:${FONT};font-size:12px;line-height:18px;color:${COLORS.muted};">${multiline(footer)}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;

  const text = [
    `${heading}\n${"=".repeat(Math.min(heading.length, 60))}`,
    ...paragraphs,
    ...items.map((item) => [`* ${item.title}${item.meta ? ` (${item.meta})` : ""}`, indent(item.body)].join("\n")),
    ...(action ? [`${action.label}: ${safeUrl(action.url)}`] : []),
    `-- \n${footer}`,
  ].join("\n\n");

  return { html, text: `${text}\n` };
}

const indent = (body: string) =>
  body
    .split(/\r\n|\r|\n/)
    .map((line) => `  ${line}`)
    .join("\n");
