// Text from members, made safe for pages: plain text, markdown and the HTML rendered from it.
export { cleanMarkdown, cleanText, markdownToHtml } from './markdown.ts';
export { httpUrl } from './urls.ts';
