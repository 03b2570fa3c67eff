import { runDriverContract } from '../contract/driver-contract';
import { makeFakeDriver } from './testing/fake-harness';

// The contract against the libgphoto2 boundary fake (a Canon EOS body as libgphoto2 2.5.30 presents it): live
// view, ISO, white balance, focus and drive mode, which the virtual camera lacks, plus hot-plug and faults.
runDriverContract('Gphoto2Driver (boundary fake, Canon EOS)', makeFakeDriver, {
  priorityKey: false,
  lacks: ['priority-key'],
  transferBusySdkCode: null,
});
