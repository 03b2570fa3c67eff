import type { CameraInfo, ConnectionMode } from '../../shared/camera-types';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { Preset, PresetApplyResult, PresetFile } from '../../shared/preset-types';
import { presetFileSchema } from '../../shared/preset-types';
import { propertyByName } from '../../shared/properties/index';
import type { PropertyView } from '../../shared/properties/property-view';
import { FakeRecorder, applyProperty } from './fake-client-rules';

/** Connection modes a body shoots in. */
export const SHOOTING: readonly ConnectionMode[] = ['remote', 'remote-transfer'];

/** Presets over the fake body's properties and camera settings files (part of the fake StudioClient). */
export abstract class FakePresetsClient extends FakeRecorder {
  presets: Preset[] = [];
  settingsFiles: string[] = [];

  abstract props: Record<string, PropertyView>;
  protected abstract live(cameraId: string, modes?: readonly ConnectionMode[]): CameraInfo;

  async listPresets(): Promise<Preset[]> {
    this.record('listPresets', []);
    return structuredClone(this.presets);
  }
  async savePreset(cameraId: string, name: string, properties: string[]): Promise<Preset> {
    this.record('savePreset', [cameraId, name, properties]);
    this.live(cameraId);
    const values = [...new Set(properties)].map((p) => {
      const def = propertyByName(p);
      const view = this.props[p];
      if (!def || !view) throw new TetherError(ErrorCode.UnknownProperty, `Unknown property '${p}'`);
      return { name: p, value: view.hex, formatted: view.formatted };
    });
    const preset: Preset = {
      name: name.trim(),
      createdAt: new Date().toISOString(),
      model: 'ILCE-7M4',
      values,
    };
    this.putPresets([preset]);
    return structuredClone(preset);
  }
  async deletePreset(name: string): Promise<void> {
    this.record('deletePreset', [name]);
    this.preset(name);
    this.presets = this.presets.filter((p) => p.name !== name);
    this.emit({ event: 'presetsChanged', data: { names: [name] } });
  }
  async applyPreset(cameraId: string, name: string): Promise<PresetApplyResult> {
    this.record('applyPreset', [cameraId, name]);
    this.live(cameraId, SHOOTING);
    const preset = this.preset(name);
    const results = preset.values.map((v) => {
      try {
        this.props[v.name] = applyProperty(this.props[v.name], v.name, v.value);
        return { name: v.name, ok: true, formatted: this.props[v.name].formatted };
      } catch (err) {
        const e = err as TetherError;
        return { name: v.name, ok: false, error: { code: e.code, message: e.message } };
      }
    });
    return { preset: preset.name, results };
  }
  async exportPresets(names?: string[]): Promise<PresetFile> {
    this.record('exportPresets', [names]);
    const chosen = names ? names.map((n) => this.preset(n)) : this.presets;
    if (chosen.length === 0) throw new TetherError(ErrorCode.NotFound, 'There are no presets to export');
    return { format: 'tether-studio-presets', version: 1, presets: structuredClone(chosen) };
  }
  async importPresets(file: PresetFile): Promise<Preset[]> {
    this.record('importPresets', [file]);
    const parsed = presetFileSchema.parse(file);
    for (const p of parsed.presets)
      for (const v of p.values)
        if (!propertyByName(v.name))
          throw new TetherError(
            ErrorCode.InvalidArgument,
            `preset '${p.name}': unknown property '${v.name}'`,
          );
    this.putPresets(parsed.presets);
    return structuredClone(parsed.presets);
  }

  async listCameraSettingsFiles(): Promise<string[]> {
    this.record('listCameraSettingsFiles', []);
    return [...this.settingsFiles].sort();
  }
  async saveCameraSettings(cameraId: string, filename?: string): Promise<string> {
    this.record('saveCameraSettings', [cameraId, filename]);
    this.live(cameraId);
    let name = filename ?? 'CAMSET01.DAT';
    if (!/\.dat$/i.test(name)) name += '.DAT';
    for (let i = 1; this.settingsFiles.includes(name); i++)
      name = name.replace(/(-\d+)?(\.\w+)?$/, `-${i}$2`);
    this.settingsFiles.push(name);
    return name;
  }
  async loadCameraSettings(cameraId: string, filename: string): Promise<void> {
    this.record('loadCameraSettings', [cameraId, filename]);
    this.live(cameraId);
    if (!this.settingsFiles.includes(filename))
      throw new TetherError(ErrorCode.InvalidArgument, `No saved settings file named ${filename}`);
  }

  private preset(name: string): Preset {
    const p = this.presets.find((x) => x.name === name);
    if (!p) throw new TetherError(ErrorCode.NotFound, `No preset named '${name}'`);
    return p;
  }

  private putPresets(list: Preset[]): void {
    const names = new Set(list.map((p) => p.name));
    this.presets = [...this.presets.filter((p) => !names.has(p.name)), ...structuredClone(list)].sort(
      (a, b) => a.name.localeCompare(b.name),
    );
    this.emit({ event: 'presetsChanged', data: { names: [...names] } });
  }
}
