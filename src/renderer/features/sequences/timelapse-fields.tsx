import type { TimelapseSpec } from '../../../shared/sequence-types';
import { Check, Choice, Field } from './seq-field';
import { RampFields, rampSpec, type RampState } from './ramp-fields';

/** The time-lapse part of the sequence form. */
export interface TimelapseState {
  intervalS: number;
  stop: 'count' | 'until';
  count: number;
  /** `datetime-local` value (the page's time zone). */
  until: string;
  autofocus: boolean;
  /** Each frame as a BULB exposure of this many seconds (0: the set shutter). */
  bulbS: number;
  ramp: RampState;
}

/** The time-lapse a form state describes; null (with why) while it cannot run. */
export function timelapseSpec(t: TimelapseState, now = Date.now()): TimelapseSpec | string {
  const until = t.stop === 'until' ? new Date(t.until) : null;
  if (until && (Number.isNaN(until.getTime()) || until.getTime() <= now))
    return 'Pick an end time in the future';
  const ramp = rampSpec(t.ramp);
  return {
    kind: 'timelapse',
    intervalMs: Math.round(t.intervalS * 1000),
    ...(until ? { until: until.toISOString() } : { count: t.count }),
    ...(t.autofocus ? { autofocus: true } : {}),
    ...(t.bulbS > 0 ? { bulbMs: t.bulbS * 1000 } : {}),
    ...(ramp ? { ramp } : {}),
  };
}

/** Interval, count or end time, AF per frame, BULB frames and the exposure ramp. */
export function TimelapseFields({
  value,
  onChange,
}: {
  value: TimelapseState;
  onChange(v: TimelapseState): void;
}) {
  const set = (patch: Partial<TimelapseState>) => onChange({ ...value, ...patch });
  return (
    <>
      <Field
        label="Interval s"
        value={value.intervalS}
        min={0.2}
        max={86400}
        step={0.1}
        onChange={(intervalS) => set({ intervalS })}
      />
      <Choice
        label="Stop after"
        value={value.stop}
        options={[
          ['count', 'a number of frames'],
          ['until', 'a time'],
        ]}
        onChange={(stop) => set({ stop })}
      />
      {value.stop === 'count' ? (
        <Field label="Frames" value={value.count} min={1} max={100000} onChange={(count) => set({ count })} />
      ) : (
        <input
          className="field"
          type="datetime-local"
          aria-label="Until"
          value={value.until}
          onChange={(e) => set({ until: e.target.value })}
        />
      )}
      <Check label="AF each frame" checked={value.autofocus} onChange={(autofocus) => set({ autofocus })} />
      <Field
        label="BULB s (0 = off)"
        value={value.bulbS}
        min={0}
        max={3600}
        onChange={(bulbS) => set({ bulbS: bulbS > 0 ? Math.max(1, bulbS) : 0 })}
      />
      <RampFields value={value.ramp} onChange={(ramp) => set({ ramp })} />
    </>
  );
}
