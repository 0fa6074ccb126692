// The API's field errors ({ path: ["input", "email"], message }) by field name, for forms.
export function fieldErrorsByName(errors: readonly { path: readonly string[]; message: string }[] | undefined): Record<string, string> {
  const byName: Record<string, string> = {};
  for (const error of errors ?? []) {
    const name = error.path.at(-1);
    if (name && !byName[name]) byName[name] = error.message;
  }
  return byName;
}
