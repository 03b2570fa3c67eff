import type { ExposureRampSpec } from '../../../shared/sequence-types';
import { Check, Choice, Field } from './seq-field';

/** The exposure-ramp part of the time-lapse form: off, or a complete ramp spec. */
export interface RampState {
  on: boolean;
  ramp: Required<ExposureRampSpec>;
}

/** The engine's defaults (see `ExposureRamp`): mid-grey, 1/3 EV steps and dead band, 30 s, ISO 6400. */
export const DEFAULT_RAMP: RampState = {
  on: false,
  ramp: {
    source: 'liveView',
    target: 118,
    by: 'shutterThenIso',
    maxStepEv: 0.33,
    deadbandEv: 0.33,
    maxShutterS: 30,
    maxIso: 6400,
  },
};

/** The ramp a time-lapse spec carries (none when off). */
export function rampSpec(state: RampState): ExposureRampSpec | undefined {
  return state.on ? { ...state.ramp } : undefined;
}

/**
 * Holy-grail exposure ramping: the studio measures the brightness before each frame (live view or the last
 * shot) and moves shutter and/or ISO toward the target, a small step per frame, within the limits set here.
 */
export function RampFields({ value, onChange }: { value: RampState; onChange(v: RampState): void }) {
  const r = value.ramp;
  const set = (patch: Partial<RampState['ramp']>) => onChange({ ...value, ramp: { ...r, ...patch } });
  return (
    <fieldset className="seq__ramp" aria-label="Exposure ramp">
      <Check label="Exposure ramp" checked={value.on} onChange={(on) => onChange({ ...value, on })}>
        Ramp exposure (holy grail)
      </Check>
      {value.on && (
        <>
          <Choice
            label="Ramp measures"
            value={r.source}
            options={[
              ['liveView', 'From live view'],
              ['lastShot', 'From the last shot'],
            ]}
            onChange={(source) => set({ source })}
          />
          <Field
            label="Target brightness"
            value={r.target}
            min={10}
            max={245}
            onChange={(target) => set({ target })}
          />
          <Choice
            label="Ramp moves"
            value={r.by}
            options={[
              ['shutterThenIso', 'Shutter, then ISO'],
              ['shutter', 'Shutter only'],
              ['iso', 'ISO only'],
            ]}
            onChange={(by) => set({ by })}
          />
          <Field
            label="Max step EV"
            value={r.maxStepEv}
            min={0.3}
            max={2}
            step={0.01}
            onChange={(maxStepEv) => set({ maxStepEv })}
          />
          <Field
            label="Dead band EV"
            value={r.deadbandEv}
            min={0}
            max={2}
            step={0.01}
            onChange={(deadbandEv) => set({ deadbandEv })}
          />
          {r.by !== 'iso' && (
            <Field
              label="Longest shutter s"
              value={r.maxShutterS}
              min={1}
              max={30}
              onChange={(maxShutterS) => set({ maxShutterS })}
            />
          )}
          {r.by !== 'shutter' && (
            <Field
              label="Highest ISO"
              value={r.maxIso}
              min={50}
              max={409600}
              step={100}
              onChange={(maxIso) => set({ maxIso })}
            />
          )}
        </>
      )}
    </fieldset>
  );
}
