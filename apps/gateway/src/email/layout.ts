// The HTML version of an email: the same paragraphs as the plain text, escaped, in a small
// readable layout, with the unsubscribe link at the foot when the email has one.

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const LINK = /(https?:\/\/[^\s<>"]+)/g;

/** One paragraph per blank-line-separated block of the text; addresses become links. */
export function htmlFromText(text: string, lang: 'fr' | 'en'): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((block) => `<p>${escapeHtml(block).replace(LINK, '<a href="$1">$1</a>').replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1d2b24;max-width:36rem;margin:0 auto;padding:1rem">
${paragraphs}
</body></html>`;
}
