import { describe, expect, it } from 'vitest';
import { formatValue, propertyByName } from '../../../shared/properties/index';
import { ISO_AUTO } from '../../../shared/properties/encodings/iso';
import { SHUTTER_BULB } from '../../../shared/properties/encodings/shutter';
import {
  captureTargetKind,
  driveModeKey,
  fileFormatKey,
  focusModeKey,
  whiteBalanceKey,
} from './widget-enums';
import { biasRaw, fnumberRaw, isoRaw, percentRaw, shutterRaw } from './widget-values';

const fmt = (name: string, raw: number | undefined) => formatValue(propertyByName(name)!, raw as number);

describe('gphoto2 widget values → catalog encodings', () => {
  it('reads F-numbers as Nikon/Sony (f/5.6) and Canon (5.6) write them', () => {
    expect(fnumberRaw('f/5.6')).toBe(560);
    expect(fnumberRaw('5.6')).toBe(560);
    expect(fnumberRaw('F8')).toBe(800);
    expect(fmt('aperture', fnumberRaw('f/2.8'))).toBe('f/2.8');
    expect(fnumberRaw('implicit auto')).toBeUndefined();
  });

  it('reads shutter speeds of every vendor form, snapping PTP 1/10000 s units to the usual fractions', () => {
    expect(fmt('shutter-speed', shutterRaw('1/250'))).toBe('1/250');
    expect(fmt('shutter-speed', shutterRaw('30'))).toBe('30"');
    expect(fmt('shutter-speed', shutterRaw('0.5'))).toBe('0.5"');
    expect(fmt('shutter-speed', shutterRaw('0.0100s'))).toBe('1/100');
    expect(fmt('shutter-speed', shutterRaw('0.0012s'))).toBe('1/800');
    expect(fmt('shutter-speed', shutterRaw('1.0000s'))).toBe('1"');
    expect(fmt('shutter-speed', shutterRaw('0.3'))).toBe('0.3"');
    expect(shutterRaw('bulb')).toBe(SHUTTER_BULB);
    expect(shutterRaw('Time')).toBeUndefined();
    // Distinct camera strings stay distinct values (a set of choices must not collapse).
    const canon = ['30', '25', '20.3', '20', '1/4000', '1/5000', '1/6000', '1/6400', '1/8000'];
    expect(new Set(canon.map(shutterRaw)).size).toBe(canon.length);
  });

  it('reads ISO, Auto included', () => {
    expect(isoRaw('Auto')).toBe(ISO_AUTO);
    expect(fmt('iso', isoRaw('400'))).toBe('ISO 400');
    expect(isoRaw('Hi 1')).toBeUndefined();
  });

  it('reads exposure compensation in thirds (.3/.7 and Canon .3/.6) and halves as Sony encodes them', () => {
    expect(biasRaw('0')).toBe(0);
    expect(biasRaw('-0.3')).toBe(-300);
    expect(biasRaw('0.7')).toBe(700);
    expect(biasRaw('0.6')).toBe(700);
    expect(biasRaw('+1.3')).toBe(1300);
    expect(biasRaw('-1.6')).toBe(-1700);
    expect(biasRaw('-2.5')).toBe(-2500);
    expect(biasRaw('3')).toBe(3000);
  });

  it('reads the battery level', () => {
    expect(percentRaw('50%')).toBe(50);
    expect(percentRaw('Full')).toBe(100);
    expect(percentRaw('low')).toBeUndefined();
  });

  it('maps vendor enum strings to catalog keys', () => {
    expect(whiteBalanceKey('Automatic')).toBe('auto');
    expect(whiteBalanceKey('Shadow')).toBe('shade');
    expect(whiteBalanceKey('Tungsten')).toBe('incandescent');
    expect(whiteBalanceKey('Color Temperature')).toBe('color-temp');
    expect(whiteBalanceKey('AWB White')).toBeUndefined();
    expect(focusModeKey('One Shot')).toBe('af-s');
    expect(focusModeKey('AI Servo')).toBe('af-c');
    expect(focusModeKey('Continuous-Servo AF')).toBe('af-c');
    expect(focusModeKey('Manual')).toBe('mf');
    expect(driveModeKey('Continuous high speed')).toBe('continuous-hi');
    expect(driveModeKey('Timer 2 sec')).toBe('timer-2s');
    expect(fileFormatKey('Large Fine JPEG')).toBe('jpeg');
    expect(fileFormatKey('RAW + Large Fine JPEG')).toBe('raw-jpeg');
    expect(fileFormatKey('NEF+Fine')).toBe('raw-jpeg');
    expect(fileFormatKey('NEF (Raw)')).toBe('raw');
    expect(captureTargetKind('Internal RAM')).toBe('ram');
    expect(captureTargetKind('Memory card')).toBe('card');
    expect(captureTargetKind('card+sdram')).toBe('card');
  });
});
