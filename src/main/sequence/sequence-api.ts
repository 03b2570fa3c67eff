import type { SequenceRun, SequenceSpec } from '../../shared/sequence-types';

/** Sequences run by the studio, one per camera (implemented by `SequenceService`). */
export interface SequenceServiceApi {
  /** Validates and starts a run; CAMERA_BUSY while the camera runs one already. */
  start(cameraId: string, spec: SequenceSpec): Promise<SequenceRun>;
  /** Running and recent runs, newest first. */
  list(): SequenceRun[];
  /** One run; NOT_FOUND for unknown ids. */
  get(runId: string): SequenceRun;
  /** Cancels a running run and resolves once it stopped (settings restored); a finished one is answered as is. */
  cancel(runId: string): Promise<SequenceRun>;
  /**
   * Ends a run's open BULB exposure now, keeping the frame (a held exposure's release, or a timed one cut
   * short); a held run not yet open ends as soon as it opens. A finished run is answered as is;
   * OPERATION_REJECTED when a running run has no BULB exposure to end.
   */
  endExposure(runId: string): SequenceRun;
}
