// A GraphQL enum whose values are the names the database (a Prisma enum) or the code already uses,
// each with its description: one `NAME: 'description'` line a value instead of a
// `{ value, description }` object each. The values keep their order, so the printed schema does too.
import { builder } from './builder.ts';

export function describedEnum<const Value extends string>(
  name: string,
  description: string,
  values: Record<Value, string>,
) {
  const described = Object.fromEntries(
    Object.entries<string>(values).map(([value, text]) => [value, { value, description: text }]),
  ) as Record<Value, { value: Value; description: string }>;
  return builder.enumType(name, { description, values: described });
}
