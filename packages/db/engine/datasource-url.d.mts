import type { DatabaseTarget } from '../src/database-url.ts';

/** The datasource URL to give the Prisma CLI for `target` (see datasource-url.mjs for the format). */
export declare function toCliDatasourceUrl(target: DatabaseTarget): string;

/** The inverse of toCliDatasourceUrl. */
export declare function fromCliDatasourceUrl(url: string): DatabaseTarget;
