// Members' text loses every piece of markup before it is stored and again before it is served:
// what comes out can be put in a page as text, an attribute value or markdown without carrying a tag.
import sanitizeHtml from 'sanitize-html';

/** Elements whose content is code or chrome, never prose: it goes with the tag (here and in markdown.ts). */
export const SCRIPT_LIKE_TAGS = [
  'script',
  'style',
  'textarea',
  'option',
  'noscript',
  'iframe',
  'object',
  'embed',
  'template',
  'svg',
  'math',
];

const NO_TAGS: sanitizeHtml.IOptions = {
  allowedTags: [],
  allowedAttributes: {},
  disallowedTagsMode: 'discard',
  nonTextTags: [...SCRIPT_LIKE_TAGS, 'title', 'xmp', 'noembed', 'noframes'],
};

// Control characters other than tab and newline: browsers drop some of them inside URLs
// ("java\u0000script:"), and none of them belongs in a page.
// oxlint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200D\u2028\u2029\uFEFF]/g;

/** Removes control characters and normalises line ends. */
export function withoutControls(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

function unescapeText(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/**
 * Removes every HTML tag, comment and the content of script-like elements, and decodes character
 * references. Repeats until nothing changes, so encoded or nested tags ("&lt;script&gt;",
 * "<scr<script>ipt>") cannot survive by being revealed one level later.
 */
export function stripTags(value: string): string {
  let current = withoutControls(value);
  for (let pass = 0; pass < 8; pass++) {
    const next = withoutControls(unescapeText(sanitizeHtml(current, NO_TAGS)));
    if (next === current) return current;
    current = next;
  }
  // Still changing after many passes: a deliberately nested payload. Keep no angle bracket at all.
  return current.replace(/[<>]/g, '');
}
