import { ErrorCode } from '../../shared/errors';
import type { EventBus } from './event-bus';
import type { CorruptFileReport } from './json-file';
import type { Logger } from './logger';

/** Reports a corrupt persisted file: log, a `warning` event on the bus, and the list the UI shows. */
export class CorruptionReporter {
  /** Every corrupt file found since start. */
  readonly reports: CorruptFileReport[] = [];

  constructor(
    private readonly log: Logger,
    private readonly bus?: EventBus,
  ) {}

  /** Records one report. */
  report(r: CorruptFileReport): void {
    this.reports.push(r);
    const message = `${r.file} was corrupt (${r.reason}); moved to ${r.movedTo}`;
    this.log.error(message);
    this.bus?.emit('warning', { cameraId: '*', code: ErrorCode.CorruptSettings, message });
  }
}
