// Whether the baseline answers the same data as the gateway: the first place two JSON values differ
// (a path such as "members.edges.3.node.skills"), or null when they are equal. A baseline that answered
// less (fewer fields, other rows) would make the gateway look slower than it is.
export function firstDifference(gateway: unknown, baseline: unknown, path = 'data'): string | null {
  if (Object.is(gateway, baseline)) return null;
  if (Array.isArray(gateway) && Array.isArray(baseline)) {
    if (gateway.length !== baseline.length) return `${path} (${gateway.length} items against ${baseline.length})`;
    for (let i = 0; i < gateway.length; i++) {
      const found = firstDifference(gateway[i], baseline[i], `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (isObject(gateway) && isObject(baseline)) {
    const keys = new Set([...Object.keys(gateway), ...Object.keys(baseline)]);
    for (const key of keys) {
      const found = firstDifference(gateway[key], baseline[key], `${path}.${key}`);
      if (found) return found;
    }
    return null;
  }
  return `${path} (${JSON.stringify(gateway)?.slice(0, 80)} against ${JSON.stringify(baseline)?.slice(0, 80)})`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
