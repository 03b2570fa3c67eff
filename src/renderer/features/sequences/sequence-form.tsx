import { useState } from 'react';
import type { ExposureAxis, SequenceSpec } from '../../../shared/sequence-types';

type Kind = 'bracket' | 'focusStack' | 'bulb';

const num = (v: string, min: number, max: number) => Math.min(max, Math.max(min, Number(v) || min));

/** A labelled number field. */
function Field(props: {
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
        onChange={(e) => props.onChange(num(e.target.value, props.min, props.max))}
      />
    </label>
  );
}

/** What to run: a bracket, a focus stack or bulb exposures (time-lapses start from the capture bar). */
export function SequenceForm({
  disabled,
  onStart,
}: {
  disabled: boolean;
  onStart(spec: SequenceSpec): void;
}) {
  const [kind, setKind] = useState<Kind>('bracket');
  const [frames, setFrames] = useState(5);
  const [stepEv, setStepEv] = useState(1);
  const [by, setBy] = useState<ExposureAxis>('shutter');
  const [stack, setStack] = useState({ frames: 10, step: 3, settleMs: 200 });
  const [bulb, setBulb] = useState({ seconds: 60, frames: 1 });
  const spec = (): SequenceSpec =>
    kind === 'bracket'
      ? { kind, frames, stepEv, by }
      : kind === 'focusStack'
        ? { kind, frames: stack.frames, stepSize: stack.step, method: 'nearFar', settleMs: stack.settleMs }
        : { kind, exposureMs: bulb.seconds * 1000, frames: bulb.frames };
  return (
    <form
      className="seq__form"
      aria-label="New sequence"
      onSubmit={(e) => {
        e.preventDefault();
        onStart(spec());
      }}
    >
      <select
        className="field"
        aria-label="Sequence kind"
        value={kind}
        onChange={(e) => setKind(e.target.value as Kind)}
      >
        <option value="bracket">Exposure bracket</option>
        <option value="focusStack">Focus stack</option>
        <option value="bulb">Bulb timer</option>
      </select>
      {kind === 'bracket' && (
        <>
          <Field label="Frames" value={frames} min={3} max={9} onChange={setFrames} />
          <Field label="EV step" value={stepEv} min={0.3} max={3} step={0.1} onChange={setStepEv} />
          <select
            className="field"
            aria-label="Bracket by"
            value={by}
            onChange={(e) => setBy(e.target.value as ExposureAxis)}
          >
            <option value="shutter">Shutter</option>
            <option value="iso">ISO</option>
            <option value="aperture">Aperture</option>
          </select>
        </>
      )}
      {kind === 'focusStack' && (
        <>
          <Field
            label="Steps"
            value={stack.frames}
            min={2}
            max={500}
            onChange={(v) => setStack({ ...stack, frames: v })}
          />
          <Field
            label="Step size"
            value={stack.step}
            min={1}
            max={7}
            onChange={(v) => setStack({ ...stack, step: v })}
          />
          <Field
            label="Settle ms"
            value={stack.settleMs}
            min={0}
            max={10000}
            step={50}
            onChange={(v) => setStack({ ...stack, settleMs: v })}
          />
        </>
      )}
      {kind === 'bulb' && (
        <>
          <Field
            label="Seconds"
            value={bulb.seconds}
            min={1}
            max={3600}
            onChange={(v) => setBulb({ ...bulb, seconds: v })}
          />
          <Field
            label="Exposures"
            value={bulb.frames}
            min={1}
            max={999}
            onChange={(v) => setBulb({ ...bulb, frames: v })}
          />
        </>
      )}
      <button type="submit" className="btn btn--small" disabled={disabled}>
        Start
      </button>
    </form>
  );
}
