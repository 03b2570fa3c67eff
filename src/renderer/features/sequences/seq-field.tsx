import type { ReactNode } from 'react';

const clamp = (v: string, min: number, max: number) => Math.min(max, Math.max(min, Number(v) || min));

/** A labelled number field of the sequence form (clamped to its range). */
export function Field(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  onChange(v: number): void;
}) {
  return (
    <label className="seq__field">
      <span className="muted">{props.label}</span>
      <input
        className="field seq__num"
        type="number"
        aria-label={props.label}
        min={props.min}
        max={props.max}
        step={props.step ?? 1}
        value={props.value}
        onChange={(e) => props.onChange(clamp(e.target.value, props.min, props.max))}
      />
    </label>
  );
}

/** A labelled select of the sequence form. */
export function Choice<T extends string>(props: {
  label: string;
  value: T;
  options: [T, string][];
  onChange(v: T): void;
}) {
  return (
    <select
      className="field"
      aria-label={props.label}
      title={props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value as T)}
    >
      {props.options.map(([v, text]) => (
        <option key={v} value={v}>
          {text}
        </option>
      ))}
    </select>
  );
}

/** A labelled checkbox of the sequence form. */
export function Check(props: {
  label: string;
  checked: boolean;
  onChange(v: boolean): void;
  children?: ReactNode;
}) {
  return (
    <label className="seq__field">
      <input
        type="checkbox"
        aria-label={props.label}
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <span className="muted">{props.children ?? props.label}</span>
    </label>
  );
}
