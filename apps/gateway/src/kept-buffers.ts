// Encoded bodies kept by key so they are not encoded again: the visitors' pages by ETag
// (public-pages/http.ts) and the GraphQL answers many clients get alike (graphql-compression.ts).
// Bounded by count and by bytes, oldest out first; a body too large for a share of the bytes is not kept.
export class KeptBuffers<B extends Buffer = Buffer> {
  private readonly kept = new Map<string, B>();
  private bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
    /** The largest body kept (default: any that fits in maxBytes). */
    private readonly maxOne = maxBytes,
  ) {}

  get(key: string): B | undefined {
    return this.kept.get(key);
  }

  keep(key: string, body: B): void {
    if (body.length > this.maxOne) return;
    this.kept.set(key, body);
    this.bytes += body.length;
    while (this.kept.size > this.maxEntries || this.bytes > this.maxBytes) {
      const [oldest, buffer] = this.kept.entries().next().value!;
      this.kept.delete(oldest);
      this.bytes -= buffer.length;
    }
  }

  /** What is kept now (for the bounds tests). */
  size(): { entries: number; bytes: number } {
    return { entries: this.kept.size, bytes: this.bytes };
  }
}
