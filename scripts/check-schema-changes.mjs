#!/usr/bin/env node
// Reports what changed in the GraphQL API (apps/gateway/schema.graphql) since a base commit
// (default: the previous commit): breaking changes, dangerous changes, and deprecations that do
// not carry a date and a replacement ("Since 2026-11-26. Use `newField`.").
// Usage: node scripts/check-schema-changes.mjs [base-ref] [--fail-on-breaking]
// Exit 1 on a malformed deprecation, and on breaking changes with --fail-on-breaking.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../apps/gateway/package.json', import.meta.url));
const { buildSchema, findBreakingChanges, findDangerousChanges, isObjectType, isInterfaceType, isInputObjectType, isEnumType } = require('graphql');

const SCHEMA_PATH = 'apps/gateway/schema.graphql';
const args = process.argv.slice(2);
const failOnBreaking = args.includes('--fail-on-breaking');
const base = args.find((arg) => !arg.startsWith('--')) ?? 'HEAD~1';
const DEPRECATION = /Since \d{4}-\d{2}-\d{2}\. Use `[^`]+`/;

const current = buildSchema(readFileSync(new URL(`../${SCHEMA_PATH}`, import.meta.url), 'utf8'));
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
  for (const [where, reason] of members) if (reason && !DEPRECATION.test(reason)) malformed.push(`${where}: "${reason}"`);
}
if (malformed.length) {
  console.log(`Deprecations must say since when and what to use instead ("Since YYYY-MM-DD. Use \`replacement\`."):`);
  for (const line of malformed) console.log(`  - ${line}`);
  exitCode = 1;
}

let previousSdl;
try {
  previousSdl = execFileSync('git', ['show', `${base}:${SCHEMA_PATH}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
} catch {
  console.log(`No ${SCHEMA_PATH} at ${base}: nothing to compare.`);
  process.exit(exitCode);
}
const previous = buildSchema(previousSdl);
const breaking = findBreakingChanges(previous, current);
const dangerous = findDangerousChanges(previous, current);
console.log(`GraphQL API changes since ${base}: ${breaking.length} breaking, ${dangerous.length} dangerous.`);
for (const change of breaking) console.log(`  BREAKING  ${change.type}: ${change.description}`);
for (const change of dangerous) console.log(`  dangerous ${change.type}: ${change.description}`);
if (breaking.length && failOnBreaking) exitCode = 1;
process.exit(exitCode);
