import { CR } from '../codes';
import { LOCK_INDICATOR, OFF1_ON2 } from '../enums/entry';
import {
  AF_TRACKING_SENSITIVITY,
  FOCUS_AREA,
  FOCUS_DRIVING_STATUS,
  FOCUS_INDICATOR,
  FOCUS_MODE,
  PRIORITY_SET_IN_AF,
  RECOGNITION_TARGET,
  RIGHT_LEFT_EYE,
  SUBJECT_RECOGNITION_AF,
} from '../enums/focus';
import { ZOOM_OPERATION, ZOOM_SETTING } from '../enums/status';
import type { PropertyDef } from '../types';
import { p, ro } from './define';

/** Focus, AF and zoom properties. */
export const FOCUS_PROPERTIES: readonly PropertyDef[] = [
  p({ name: 'focus-mode', code: CR.FocusMode, label: 'Focus mode', group: 'focus', valueType: 'uint16', encoding: 'enum', enum: FOCUS_MODE }),
  p({ name: 'focus-area', code: CR.FocusArea, label: 'Focus area', group: 'focus', valueType: 'uint16', encoding: 'enum', enum: FOCUS_AREA }),
  ro({ name: 'focus-indication', aliases: ['focus-indicator'], code: CR.FocusIndication, label: 'Focus', group: 'focus', valueType: 'uint32', encoding: 'enum', enum: FOCUS_INDICATOR }),
  p({ name: 'focus-position', code: CR.FocusPositionSetting, label: 'Focus position', group: 'focus', valueType: 'uint16', encoding: 'integer' }),
  ro({ name: 'focus-position-current', code: CR.FocusPositionCurrentValue, label: 'Focus position (current)', group: 'focus', valueType: 'uint16', encoding: 'integer' }),
  ro({ name: 'focus-driving-status', code: CR.FocusDrivingStatus, label: 'Focus drive', group: 'focus', valueType: 'uint8', encoding: 'enum', enum: FOCUS_DRIVING_STATUS }),
  ro({ name: 'focus-distance', code: CR.FocalDistanceInMeter, label: 'Focus distance', group: 'focus', valueType: 'uint32', encoding: 'distance' }),
  p({ name: 'af-area-position', code: CR.AF_Area_Position, label: 'AF area position', group: 'focus', valueType: 'uint32', encoding: 'integer' }),
  p({ name: 'af-tracking-sensitivity', code: CR.AFTrackingSensitivity, label: 'AF tracking sens.', group: 'focus', valueType: 'uint8', encoding: 'enum', enum: AF_TRACKING_SENSITIVITY }),
  p({ name: 'subject-recognition-af', aliases: ['face-eye-detection-af'], code: CR.SubjectRecognitionAF, label: 'Subject recognition', group: 'focus', valueType: 'uint8', encoding: 'enum', enum: SUBJECT_RECOGNITION_AF }),
  p({ name: 'subject-recognition-in-af', code: CR.SubjectRecognitionInAF, label: 'Subject recog. in AF', group: 'focus', valueType: 'uint8', encoding: 'enum', enum: OFF1_ON2 }),
  p({ name: 'recognition-target', code: CR.RecognitionTarget, label: 'Recognition target', group: 'focus', valueType: 'uint16', encoding: 'enum', enum: RECOGNITION_TARGET }),
  p({ name: 'right-left-eye-select', code: CR.RightLeftEyeSelect, label: 'Eye select', group: 'focus', valueType: 'uint8', encoding: 'enum', enum: RIGHT_LEFT_EYE }),
  p({ name: 'priority-set-in-af-s', code: CR.PrioritySetInAF_S, label: 'Priority in AF-S', group: 'focus', valueType: 'uint8', encoding: 'enum', enum: PRIORITY_SET_IN_AF }),
  p({ name: 'priority-set-in-af-c', code: CR.PrioritySetInAF_C, label: 'Priority in AF-C', group: 'focus', valueType: 'uint8', encoding: 'enum', enum: PRIORITY_SET_IN_AF }),
  p({ name: 's1', aliases: ['half-press'], code: CR.S1, label: 'Half-press (S1)', group: 'focus', valueType: 'uint16', encoding: 'enum', enum: LOCK_INDICATOR }),
  ro({ name: 'zoom-distance', code: CR.ZoomDistance, label: 'Zoom distance', group: 'focus', valueType: 'uint32', encoding: 'integer' }),
  p({ name: 'zoom-setting', code: CR.Zoom_Setting, label: 'Zoom setting', group: 'focus', valueType: 'uint8', encoding: 'enum', enum: ZOOM_SETTING }),
  ro({ name: 'zoom-scale', code: CR.Zoom_Scale, label: 'Zoom scale', group: 'focus', valueType: 'uint32', encoding: 'integer' }),
  p({ name: 'zoom-operation', code: CR.Zoom_Operation, label: 'Zoom', group: 'focus', valueType: 'int8', encoding: 'enum', enum: ZOOM_OPERATION }),
];
