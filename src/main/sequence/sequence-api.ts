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
}
