/**
 * The property catalog: CRSDK codes, value encodings, friendly parsing and formatting for every camera
 * property the studio knows. Shared by drivers, services, the REST server and the UI.
 */
export type { PropertyDef, PropertyGroup, PropertyValueType, PropertyEncoding, EnumEntry } from './types';
export type { PropertyView, AvailableValueView } from './property-view';
export { PROPERTY_CATALOG, propertyByName, propertyByCode } from './catalog';
export { CR, type CrPropertyName } from './codes';
export { formatValue, toHex } from './format';
export { parseValue } from './parse';
export { matchAvailable } from './match';
export { describeProperty } from './describe';
export {
  FNUMBER_STOPS,
  FNUMBER_IRIS_CLOSE,
  FNUMBER_NOTHING_TO_DISPLAY,
  FNUMBER_UNKNOWN,
} from './encodings/fnumber';
export {
  SHUTTER_SPEEDS,
  SHUTTER_BULB,
  SHUTTER_NOTHING,
  shutterValue,
  shutterSeconds,
} from './encodings/shutter';
export {
  ISO_VALUES,
  ISO_AUTO,
  ISO_EXT_FLAG,
  ISO_MODE_MULTI_FRAME_NR,
  ISO_MODE_MULTI_FRAME_NR_HIGH,
  isoValue,
  isoParts,
} from './encodings/iso';
export { EXPOSURE_BIAS_VALUES } from './encodings/bias';
export { COLOR_TEMPS } from './encodings/kelvin';
export { DISTANCE_INFINITY } from './encodings/simple';
export { TRACKING_FOCUS_AREAS } from './enums/focus';
export {
  MAGNIFIER_NO_POSITION,
  MAGNIFIER_OFF,
  MAGNIFIER_X1,
  clampMagnifierCentre,
  decodeMagnifier,
  encodeMagnifier,
  magnifiedArea,
  magnifiedHalfSize,
  magnifierRatios,
  type MagnifierSetting,
} from './focus-magnifier';
