import { formatValue } from '../../../shared/properties';
import { catalogDef } from './property-spec';
import type { SimBodyParts } from './sim-body-parts';
import { magnifiedRegion } from './magnifier-property';
import type { LiveLook } from './sim-live-view';

/** JPEG quality of live-view frames by `live-view-image-quality`. */
const LIVE_QUALITY: Record<string, number> = { high: 80, low: 60 };

const fmt = (body: SimBodyParts, name: string) => formatValue(catalogDef(name), body.props.value(name));

/**
 * What the live view shows now: blur and brightness from focus and exposure, the exposure line drawn
 * into every frame, and the OSD (mode, drive, file, battery, card; exposure scale; AF frames) when on.
 */
export function liveLook(body: SimBodyParts): LiveLook {
  const { blur, step } = body.imageLook();
  const exp = body.props.exposure();
  const ev = exp.diffEv;
  const exposure = `${fmt(body, 'shutter-speed')}  ${fmt(body, 'aperture')}  ISO ${exp.iso}  ${ev >= 0 ? '+' : ''}${ev.toFixed(1)}EV`;
  const quality = LIVE_QUALITY[body.props.key('live-view-image-quality') ?? 'high'] ?? 80;
  const magnify = magnifiedRegion(body.props.value('focus-magnifier'));
  if (!body.osdEnabled) return { blur, step, quality, exposure, osd: null, magnify };
  const area = body.props.key('focus-area') ?? 'wide';
  const [slot1] = body.card.slots(body.capture.bytesPerShot());
  const top = [
    fmt(body, 'exposure-program-mode'),
    fmt(body, 'drive-mode'),
    fmt(body, 'file-format'),
    fmt(body, 'focus-mode'),
    `${fmt(body, 'battery-remain')}`,
    slot1.status === 'ok' ? `${slot1.remainingPhotos}` : 'FULL',
  ].join('   ');
  const bottom = [
    fmt(body, 'shutter-speed'),
    fmt(body, 'aperture'),
    `${fmt(body, 'exposure-compensation')}EV`,
    fmt(body, 'iso-current'),
  ].join('    ');
  const state = body.focus.state;
  return {
    blur,
    step,
    quality,
    exposure,
    magnify,
    osd: {
      top,
      bottom,
      frames: body.focus.frames(area),
      focused: state === 'focused' || state === 'tracking',
    },
  };
}
