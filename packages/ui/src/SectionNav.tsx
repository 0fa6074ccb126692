// A screen's table of contents: a navigation landmark named for the screen's parts, a link to
// each part's heading (by its id), in the order the parts come.
export function SectionNav({ label, parts }: { label: string; parts: readonly { id: string; title: string }[] }) {
  return (
    <nav aria-label={label} className="section-nav">
      <ul>
        {parts.map((part) => (
          <li key={part.id}>
            <a href={`#${part.id}`}>{part.title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
