// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SequenceSpec } from '../../../shared/sequence-types';
import { SequenceForm } from './sequence-form';
import { timelapseSpec } from './timelapse-fields';
import { DEFAULT_RAMP } from './ramp-fields';

const setup = () => {
  const onStart = vi.fn<(spec: SequenceSpec) => void>();
  render(<SequenceForm disabled={false} onStart={onStart} />);
  const kind = screen.getByRole('combobox', { name: 'Sequence kind' });
  const num = (name: string, value: string) =>
    fireEvent.change(screen.getByRole('spinbutton', { name }), { target: { value } });
  const pick = (name: string, value: string) =>
    fireEvent.change(screen.getByRole('combobox', { name }), { target: { value } });
  return { onStart, kind, num, pick };
};

describe('the sequence form', () => {
  afterEach(cleanup);

  it('starts a time-lapse with holy-grail exposure ramping: target, source, what moves and its limits', () => {
    const { onStart, kind, num, pick } = setup();
    fireEvent.change(kind, { target: { value: 'timelapse' } });
    num('Interval s', '4');
    num('Frames', '300');
    expect(screen.queryByRole('spinbutton', { name: 'Target brightness' })).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Exposure ramp' }));
    pick('Ramp measures', 'lastShot');
    num('Target brightness', '100');
    pick('Ramp moves', 'iso');
    // ISO alone: the shutter limit is not asked for.
    expect(screen.queryByRole('spinbutton', { name: 'Longest shutter s' })).toBeNull();
    num('Highest ISO', '3200');
    num('Max step EV', '0.5');
    num('Dead band EV', '0.2');
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(onStart).toHaveBeenCalledWith({
      kind: 'timelapse',
      intervalMs: 4000,
      count: 300,
      ramp: {
        source: 'lastShot',
        target: 100,
        by: 'iso',
        maxStepEv: 0.5,
        deadbandEv: 0.2,
        maxShutterS: 30,
        maxIso: 3200,
      },
    });
  });

  it('runs a time-lapse until a time (refused in the past), with AF and BULB frames', () => {
    const { onStart, kind, num, pick } = setup();
    fireEvent.change(kind, { target: { value: 'timelapse' } });
    pick('Stop after', 'until');
    const until = screen.getByLabelText('Until');
    fireEvent.change(until, { target: { value: '2001-01-01T10:00' } });
    expect(screen.getByRole('status').textContent).toBe('Pick an end time in the future');
    expect(screen.getByRole('button', { name: 'Start' })).toHaveProperty('disabled', true);
    fireEvent.change(until, { target: { value: '2099-06-01T21:30' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'AF each frame' }));
    num('BULB s (0 = off)', '45');
    num('Interval s', '60');
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(onStart).toHaveBeenCalledWith({
      kind: 'timelapse',
      intervalMs: 60_000,
      until: new Date('2099-06-01T21:30').toISOString(),
      autofocus: true,
      bulbMs: 45_000,
    });
  });

  it('stacks focus by absolute position with steps larger than near/far allows', () => {
    const { onStart, kind, num, pick } = setup();
    fireEvent.change(kind, { target: { value: 'focusStack' } });
    pick('Focus by', 'position');
    num('Step size', '800');
    num('Steps', '12');
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(onStart).toHaveBeenCalledWith({
      kind: 'focusStack',
      frames: 12,
      stepSize: 800,
      method: 'position',
      settleMs: 200,
    });
    // Back to near/far: the step is clamped to its 1..7.
    pick('Focus by', 'nearFar');
    expect(screen.getByRole('spinbutton', { name: 'Step size' })).toHaveProperty('value', '7');
  });

  it('builds specs the studio accepts (the ramp off leaves no ramp)', () => {
    const base = { intervalS: 1, stop: 'count' as const, count: 5, until: '', autofocus: false, bulbS: 0 };
    expect(timelapseSpec({ ...base, ramp: DEFAULT_RAMP })).toEqual({
      kind: 'timelapse',
      intervalMs: 1000,
      count: 5,
    });
  });
});
