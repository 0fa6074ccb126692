#!/usr/bin/env node
// Reports what changed in the GraphQL API (packages/contract/schema.graphql) since a base commit
// (default: the previous commit, i.e. the first parent, also on a merge commit) and fails CI when
// the API breaks without being recorded: every breaking change must be listed, in the words this
// script prints, under a dated heading ("## 2026-12-07") of apps/gateway/CHANGELOG.md (the policy is
// in docs/api.md, "Changes and deprecations"). Deprecations must carry a date and a replacement
// ("Since 2026-11-26. Use `newField`.").
// Usage: node scripts/check-schema-changes.mjs [base-ref]
//          [--schema <file>] [--previous <file>] [--changelog <file>]   (files instead of git: tests)
// Exit 1 on a malformed deprecation, and on a breaking change missing from the changelog.
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(new URL('../apps/gateway/package.json', import.meta.url));
const {
  buildSchema,
  findBreakingChanges,
  findDangerousChanges,
  isObjectType,
  isInterfaceType,
  isInputObjectType,
  isEnumType,
} = require('graphql');

const SCHEMA_PATH = 'packages/contract/schema.graphql';
// Where commits before the contract package kept it: a base commit may still have it there.
const FORMER_SCHEMA_PATH = 'apps/gateway/schema.graphql';
const CHANGELOG_PATH = 'apps/gateway/CHANGELOG.md';
const root = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
/** The file's text at the base commit (`git show`), or undefined when it has no such file. */
const showAtBase = (path) => {
  try {
    return execFileSync('git', ['show', `${base}:${path}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
};

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const optionValues = new Set(['--schema', '--previous', '--changelog'].map(option).filter(Boolean));
const base = args.find((arg) => !arg.startsWith('--') && !optionValues.has(arg)) ?? 'HEAD~1';
const schemaFile = option('--schema') ?? root(SCHEMA_PATH);
const changelogFile = option('--changelog') ?? root(CHANGELOG_PATH);
const DEPRECATION = /Since \d{4}-\d{2}-\d{2}\. Use `[^`]+`/;

const current = buildSchema(readFileSync(schemaFile, 'utf8'));
let exitCode = 0;

const malformed = [];
for (const type of Object.values(current.getTypeMap())) {
  if (type.name.startsWith('__')) continue;
  const members = isEnumType(type)
    ? type.getValues().map((value) => [`${type.name}.${value.name}`, value.deprecationReason])
    : isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)
      ? Object.values(type.getFields()).flatMap((field) => [
          [`${type.name}.${field.name}`, field.deprecationReason],
          ...(field.args ?? []).map((arg) => [`${type.name}.${field.name}(${arg.name})`, arg.deprecationReason]),
        ])
      : [];
  for (const [where, reason] of members)
    if (reason && !DEPRECATION.test(reason)) malformed.push(`${where}: "${reason}"`);
}
if (malformed.length) {
  console.log(`Deprecations must say since when and what to use instead ("Since YYYY-MM-DD. Use \`replacement\`."):`);
  for (const line of malformed) console.log(`  - ${line}`);
  exitCode = 1;
}

let previousSdl;
if (option('--previous')) previousSdl = readFileSync(option('--previous'), 'utf8');
else {
  previousSdl = [SCHEMA_PATH, FORMER_SCHEMA_PATH].map((path) => showAtBase(path)).find((sdl) => sdl !== undefined);
  if (previousSdl === undefined) {
    console.log(`No ${SCHEMA_PATH} (nor ${FORMER_SCHEMA_PATH}) at ${base}: nothing to compare.`);
    process.exit(exitCode);
  }
}
const previous = buildSchema(previousSdl);
const breaking = findBreakingChanges(previous, current);
const dangerous = findDangerousChanges(previous, current);
const label = option('--previous') ?? base;
console.log(`GraphQL API changes since ${label}: ${breaking.length} breaking, ${dangerous.length} dangerous.`);

/** The text of the changelog's dated entries ("## YYYY-MM-DD …" up to the next "## "), normalised. */
function datedEntries(markdown) {
  const entries = [];
  let inside = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('## ')) inside = /^## \d{4}-\d{2}-\d{2}\b/.test(line);
    else if (inside) entries.push(line);
  }
  return normalise(entries.join(' '));
}
function normalise(text) {
  return text.replace(/`/g, '').replace(/\s+/g, ' ');
}

const recorded = existsSync(changelogFile) ? datedEntries(readFileSync(changelogFile, 'utf8')) : '';
const unrecorded = [];
for (const change of breaking) {
  const isRecorded = recorded.includes(normalise(change.description));
  if (!isRecorded) unrecorded.push(change);
  console.log(`  BREAKING  ${change.type}: ${change.description}${isRecorded ? '  (recorded in the changelog)' : ''}`);
}
for (const change of dangerous) console.log(`  dangerous ${change.type}: ${change.description}`);
if (unrecorded.length) {
  console.log(
    `\n${unrecorded.length} breaking change(s) not recorded. Deprecate first when you can (docs/api.md, "Changes and deprecations");` +
      ` otherwise add them, as written here, under a dated heading (## YYYY-MM-DD) of ${CHANGELOG_PATH}:`,
  );
  for (const change of unrecorded) console.log(`- ${change.description}`);
  exitCode = 1;
}
process.exit(exitCode);
