// Finds the sentences for people the gateway's code writes in English: every string literal of the
// given files that reads as a sentence (capital or quote first, a space, a full stop at the end),
// except schema descriptions (errorUnion's first argument, describedEnum's strings too) and log
// lines. `${…}` in templates becomes `{}`. Used by every-message.test.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Sentence {
  text: string;
  file: string;
}

interface Literal {
  text: string;
  before: string;
}

/** A call whose every string is a schema description: describedEnum('Name', 'what it is', { VALUE: 'what it means' }). */
const DESCRIBED_ENUM = 'describedEnum(';

/**
 * String literals of a TypeScript text, comments and describedEnum(…) calls skipped, `${…}` of
 * templates replaced by `{}`.
 */
export function literalsOf(src: string): Literal[] {
  const found: Literal[] = [];
  const readQuoted = (start: number) => {
    const quote = src[start];
    let at = start + 1;
    let text = '';
    while (at < src.length && src[at] !== quote && src[at] !== '\n') {
      if (src[at] === '\\') {
        text += src[at + 1];
        at += 2;
        continue;
      }
      text += src[at++];
    }
    return { text, end: at + 1 };
  };
  const readTemplate = (start: number): { text: string; end: number } => {
    let at = start + 1;
    let text = '';
    while (at < src.length && src[at] !== '`') {
      if (src[at] === '\\') {
        text += src[at + 1];
        at += 2;
      } else if (src[at] === '$' && src[at + 1] === '{') {
        let depth = 1;
        at += 2;
        while (at < src.length && depth > 0) {
          const c = src[at];
          if (c === '`') at = readTemplate(at).end;
          else if (c === "'" || c === '"') at = readQuoted(at).end;
          else {
            if (c === '{') depth++;
            else if (c === '}') depth--;
            at++;
          }
        }
        text += '{}';
      } else text += src[at++];
    }
    return { text, end: at + 1 };
  };
  let at = 0;
  while (at < src.length) {
    const c = src[at];
    if (c === '/' && src[at + 1] === '/') {
      const end = src.indexOf('\n', at);
      if (end < 0) break;
      at = end;
    } else if (c === '/' && src[at + 1] === '*') {
      at = src.indexOf('*/', at) + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      const read = c === '`' ? readTemplate(at) : readQuoted(at);
      found.push({ text: read.text, before: src.slice(Math.max(0, at - 60), at) });
      at = read.end;
    } else if (src.startsWith(DESCRIBED_ENUM, at)) {
      // To the call's closing parenthesis, over the strings inside it.
      let depth = 0;
      at += DESCRIBED_ENUM.length - 1;
      do {
        const d = src[at];
        if (d === "'" || d === '"') at = readQuoted(at).end;
        else if (d === '`') at = readTemplate(at).end;
        else {
          if (d === '(') depth++;
          else if (d === ')') depth--;
          at++;
        }
      } while (depth > 0 && at < src.length);
    } else at++;
  }
  return found;
}

// errorUnion('…', …) (src/schema/errors.ts): its first argument is the error union's description.
const NOT_A_MESSAGE =
  /(description|deprecationReason):\s*$|description:\s*(\n\s*)?['`][^]*\+\s*$|\.describe\(\s*$|errorUnion\(\s*$|log(ger)?\.\w+\([^)]*$/;

/** The sentences of every .ts file under these paths (files or folders). */
export function sentencesIn(root: string, paths: string[]): Sentence[] {
  const files: string[] = [];
  const walk = (path: string) => {
    if (statSync(path).isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    else if (path.endsWith('.ts')) files.push(path);
  };
  for (const path of paths) walk(join(root, path));
  const sentences = new Map<string, Sentence>();
  for (const file of files) {
    for (const literal of literalsOf(readFileSync(file, 'utf8'))) {
      if (!/^[A-Z"{]/.test(literal.text) || !literal.text.includes(' ') || !/[.?!]$/.test(literal.text)) continue;
      if (NOT_A_MESSAGE.test(literal.before)) continue;
      sentences.set(literal.text, { text: literal.text, file: file.slice(root.length + 1) });
    }
  }
  return [...sentences.values()];
}
