// Markdown written by members (page sections): cleaned before it is stored and again before it is
// served, then rendered to HTML through an allow-list. Raw HTML is never kept, links that could run
// code are reduced to their text, and the HTML keeps only harmless tags and attributes.
import { Marked, type Token } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { SCRIPT_LIKE_TAGS, stripTags } from './strip.ts';
import { isSafeHref } from './urls.ts';

// Our own instance: options set elsewhere on the global `marked` cannot change what we render.
const markdown = new Marked({ gfm: true, breaks: false, async: false });

// <https://…> and <name@example.fr> are markdown autolinks, but they look like tags to the HTML
// stripper: keep them as bare links, which GFM links by itself.
const AUTOLINK = /<((?:https?|mailto):[^\s<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>/gi;

/** Replaces link and image syntax whose target is unsafe by its text; drops unsafe definitions. */
function withoutUnsafeLinks(source: string): string {
  let current = source;
  for (let pass = 0; pass < 8; pass++) {
    const replacements: [string, string][] = [];
    markdown.walkTokens(markdown.lexer(current), (token: Token) => {
      if ((token.type === 'link' || token.type === 'image' || token.type === 'def') && !isSafeHref(token.href)) {
        replacements.push([token.raw, 'text' in token ? token.text : '']);
      }
    });
    if (replacements.length === 0) return current;
    for (const [raw, text] of replacements) current = current.split(raw).join(text);
  }
  return current.replace(/\]\s*\(/g, '] (');
}

// "](target" or "]: target": a markdown link or link definition, wherever it stands in the text.
const LINK_SYNTAX = /\](\s*[(:]\s*<?)([^\s)>]*)/g;

/**
 * Plain text from a member: no markup, trimmed. Link syntax towards an unsafe target loses the
 * target's scheme ("](javascript alert(1))"), for clients that would render it as markdown after all.
 */
export function cleanText(value: string): string {
  let current = stripTags(value);
  for (let pass = 0; pass < 8; pass++) {
    const next = current.replace(LINK_SYNTAX, (match, opener: string, target: string) =>
      isSafeHref(target) ? match : `]${opener}${target.replace(':', ' ')}`,
    );
    if (next === current) break;
    current = next;
  }
  return current.trim();
}

/** Markdown without raw HTML and without links that could run code. Idempotent. */
export function cleanMarkdown(source: string): string {
  let current = source;
  for (let pass = 0; pass < 4; pass++) {
    const next = withoutUnsafeLinks(stripTags(current.replace(AUTOLINK, '$1')));
    if (next === current) break;
    current = next;
  }
  return current.trim();
}

const ALLOWED_HTML: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'del',
    's',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'hr',
    'a',
    'h3',
    'h4',
    'h5',
    'h6',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'], ol: ['start'], th: ['align'], td: ['align'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: SCRIPT_LIKE_TAGS,
  transformTags: {
    // A page's sections are its h2: headings inside a section start one level below.
    h1: 'h3',
    h2: 'h3',
    // Links written by members are theirs, not the federation's endorsement.
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow ugc noopener noreferrer' }),
  },
  allowedClasses: {},
  allowedStyles: {},
};

/** Safe HTML for a member's markdown: clean it, render it, keep only the allow-list. */
export function markdownToHtml(source: string): string {
  const html = markdown.parse(cleanMarkdown(source)) as string;
  return sanitizeHtml(html, ALLOWED_HTML).trim();
}
