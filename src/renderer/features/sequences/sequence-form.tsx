import { useState } from 'react';
import type { ExposureAxis, SequenceSpec } from '../../../shared/sequence-types';
import { DEFAULT_RAMP } from './ramp-fields';
import { Choice, Field } from './seq-field';
import { TimelapseFields, timelapseSpec, type TimelapseState } from './timelapse-fields';

type Kind = SequenceSpec['kind'];
type FocusMethod = 'auto' | 'nearFar' | 'position';

const DEFAULT_TIMELAPSE: TimelapseState = {
  intervalS: 5,
  stop: 'count',
  count: 100,
  until: '',
  autofocus: false,
  bulbS: 0,
  ramp: DEFAULT_RAMP,
};

/** What to run: a bracket, a focus stack, a time-lapse (with exposure ramping) or bulb exposures. */
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
  const [stack, setStack] = useState({
    frames: 10,
    step: 3,
    settleMs: 200,
    method: 'nearFar' as FocusMethod,
  });
  const [lapse, setLapse] = useState<TimelapseState>(DEFAULT_TIMELAPSE);
  const [bulb, setBulb] = useState({ seconds: 60, frames: 1 });
  const spec = (): SequenceSpec | string => {
    switch (kind) {
      case 'bracket':
        return { kind, frames, stepEv, by };
      case 'focusStack':
        return {
          kind,
          frames: stack.frames,
          stepSize: stack.step,
          method: stack.method,
          settleMs: stack.settleMs,
        };
      case 'timelapse':
        return timelapseSpec(lapse);
      case 'bulb':
        return { kind, exposureMs: bulb.seconds * 1000, frames: bulb.frames };
    }
  };
  const current = spec();
  const problem = typeof current === 'string' ? current : null;
  const stepMax = stack.method === 'nearFar' ? 7 : 65535;
  return (
    <form
      className="seq__form"
      aria-label="New sequence"
      // The fields clamp what is typed; the browser's step check would refuse e.g. 0.5 EV in 0.01 steps.
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (typeof current !== 'string') onStart(current);
      }}
    >
      <Choice<Kind>
        label="Sequence kind"
        value={kind}
        options={[
          ['bracket', 'Exposure bracket'],
          ['focusStack', 'Focus stack'],
          ['timelapse', 'Time-lapse'],
          ['bulb', 'Bulb timer'],
        ]}
        onChange={setKind}
      />
      {kind === 'bracket' && (
        <>
          <Field label="Frames" value={frames} min={3} max={9} onChange={setFrames} />
          <Field label="EV step" value={stepEv} min={0.3} max={3} step={0.1} onChange={setStepEv} />
          <Choice<ExposureAxis>
            label="Bracket by"
            value={by}
            options={[
              ['shutter', 'Shutter'],
              ['iso', 'ISO'],
              ['aperture', 'Aperture'],
            ]}
            onChange={setBy}
          />
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
          <Choice
            label="Focus by"
            value={stack.method}
            options={[
              ['nearFar', 'Near/far steps'],
              ['position', 'Focus position (MF)'],
              ['auto', 'Position where the body has it'],
            ]}
            onChange={(method) =>
              setStack({
                ...stack,
                method,
                step: method === 'nearFar' ? Math.min(stack.step, 7) : stack.step,
              })
            }
          />
          <Field
            label="Step size"
            value={stack.step}
            min={1}
            max={stepMax}
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
      {kind === 'timelapse' && <TimelapseFields value={lapse} onChange={setLapse} />}
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
      <button type="submit" className="btn btn--small" disabled={disabled || problem !== null}>
        Start
      </button>
      {problem && (
        <div className="seq__note" role="status">
          {problem}
        </div>
      )}
    </form>
  );
}
