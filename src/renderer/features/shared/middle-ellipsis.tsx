import './middle-ellipsis.css';

/** How many characters at the end always stay visible: the sequence number and the extension. */
const TAIL = 9;

/** Splits a name where it is cut: the head may lose characters, the tail (number + extension) never does. */
export function splitForEllipsis(name: string, tail = TAIL): [string, string] {
  if (name.length <= tail + 3) return ['', name];
  return [name.slice(0, name.length - tail), name.slice(name.length - tail)];
}

/**
 * A file or session name cut in the middle when it does not fit ("Smith Portr…_0042.ARW"), never at the
 * end where the sequence number that tells shots apart is; the full name is the tooltip. Pure CSS: nothing
 * is measured, so it stays cheap in long lists.
 */
export function MiddleEllipsis({ text, className }: { text: string; className?: string }) {
  const [head, tail] = splitForEllipsis(text);
  return (
    <span className={className ? `mid-ellipsis ${className}` : 'mid-ellipsis'} title={text}>
      {head && <span className="mid-ellipsis__head">{head}</span>}
      <span className="mid-ellipsis__tail">{tail}</span>
    </span>
  );
}
