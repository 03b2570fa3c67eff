import { join } from 'node:path';
import { z } from 'zod';
import { ErrorCode, TetherError, toErrorValue } from '../../shared/errors';
import {
  PRESET_WRITE_ORDER,
  presetFileSchema,
  presetSchema,
  type Preset,
  type PresetApplyResult,
  type PresetFile,
  type PresetValue,
} from '../../shared/preset-types';
import { propertyByName } from '../../shared/properties/index';
import type { CorruptionReporter } from '../core/corruption-reporter';
import type { EventBus } from '../core/event-bus';
import { JsonFile } from '../core/json-file';
import type { CameraRegistryApi } from '../studio/camera-registry-api';
import type { PropertyServiceApi } from '../studio/property-api';
import type { PresetServiceApi } from './preset-api';

const fileSchema = z.object({ version: z.literal(1), presets: z.array(presetSchema) });

/** Dependencies of {@link PresetService}. */
export interface PresetServiceDeps {
  dataDir: string;
  registry: CameraRegistryApi;
  properties: PropertyServiceApi;
  bus: EventBus;
  reporter: CorruptionReporter;
}

/** Position of a setting in the write order (unlisted ones after, in their own order). */
function rank(name: string): number {
  const i = PRESET_WRITE_ORDER.indexOf(name);
  return i < 0 ? PRESET_WRITE_ORDER.length : i;
}

/** Presets: named sets of camera settings, saved from a body, applied in one call, exported and imported. */
export class PresetService implements PresetServiceApi {
  private readonly file: JsonFile<typeof fileSchema>;
  private presets: Preset[] = [];

  constructor(private readonly deps: PresetServiceDeps) {
    this.file = new JsonFile(join(deps.dataDir, 'presets.json'), fileSchema);
  }

  /** Loads `presets.json` (a corrupt one is moved aside and reported). */
  async load(): Promise<void> {
    const { value, corrupt } = await this.file.load().catch(() => ({ value: null, corrupt: undefined }));
    if (corrupt) this.deps.reporter.report(corrupt);
    this.presets = value?.presets ?? [];
  }

  /** Waits for pending writes. */
  flush(): Promise<void> {
    return this.file.flush();
  }

  list(): Preset[] {
    return structuredClone(this.presets);
  }

  async save(cameraId: string, name: string, properties: string[]): Promise<Preset> {
    this.deps.registry.requireConnected(cameraId);
    const values: PresetValue[] = [];
    for (const prop of new Set(properties)) {
      const def = propertyByName(prop);
      if (!def) throw new TetherError(ErrorCode.UnknownProperty, `Unknown property '${prop}'`);
      if (def.readOnly) throw new TetherError(ErrorCode.PropertyNotWritable, `${def.name} is read-only`);
      const view = await this.deps.properties.get(cameraId, def.name);
      values.push({ name: def.name, value: view.hex, formatted: view.formatted });
    }
    const preset = this.valid({
      name: name.trim(),
      createdAt: new Date().toISOString(),
      model: this.deps.registry.get(cameraId).model,
      values,
    });
    await this.put([preset]);
    return structuredClone(preset);
  }

  async remove(name: string): Promise<void> {
    this.find(name);
    this.presets = this.presets.filter((p) => p.name !== name);
    await this.persist([name]);
  }

  async apply(cameraId: string, name: string): Promise<PresetApplyResult> {
    this.deps.registry.requireConnected(cameraId, ['remote', 'remote-transfer']);
    const preset = this.find(name);
    const ordered = [...preset.values].sort((a, b) => rank(a.name) - rank(b.name));
    const results = new Map<string, PresetApplyResult['results'][number]>();
    const write = async (v: PresetValue) => {
      try {
        const current = await this.deps.properties.get(cameraId, v.name).catch(() => null);
        const after =
          current?.hex === v.value ? current : await this.deps.properties.set(cameraId, v.name, v.value);
        results.set(v.name, { name: v.name, ok: true, formatted: after.formatted });
      } catch (err) {
        results.set(v.name, { name: v.name, ok: false, error: toErrorValue(err) });
      }
    };
    for (const v of ordered) await write(v);
    // A value may only become available once a later setting is in place: one more pass for the refused.
    for (const v of ordered) if (!results.get(v.name)?.ok) await write(v);
    return { preset: preset.name, results: ordered.map((v) => results.get(v.name)!) };
  }

  exportFile(names?: string[]): PresetFile {
    const chosen = names ? names.map((n) => this.find(n)) : this.presets;
    if (chosen.length === 0) throw new TetherError(ErrorCode.NotFound, 'There are no presets to export');
    return { format: 'tether-studio-presets', version: 1, presets: structuredClone(chosen) };
  }

  async importFile(file: PresetFile): Promise<Preset[]> {
    const parsed = presetFileSchema.safeParse(file);
    if (!parsed.success)
      throw new TetherError(
        ErrorCode.InvalidArgument,
        `not a preset file: ${parsed.error.issues
          .slice(0, 3)
          .map((i) => `${i.path.join('.')} ${i.message}`)
          .join('; ')}`,
      );
    for (const p of parsed.data.presets)
      for (const v of p.values)
        if (!propertyByName(v.name))
          throw new TetherError(
            ErrorCode.InvalidArgument,
            `preset '${p.name}': unknown property '${v.name}'`,
          );
    await this.put(parsed.data.presets);
    return structuredClone(parsed.data.presets);
  }

  private valid(p: Preset): Preset {
    const parsed = presetSchema.safeParse(p);
    if (!parsed.success)
      throw new TetherError(ErrorCode.InvalidArgument, `preset: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  }

  private find(name: string): Preset {
    const p = this.presets.find((x) => x.name === name);
    if (!p) throw new TetherError(ErrorCode.NotFound, `No preset named '${name}'`);
    return p;
  }

  private async put(list: Preset[]): Promise<void> {
    const names = new Set(list.map((p) => p.name));
    this.presets = [...this.presets.filter((p) => !names.has(p.name)), ...list].sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    await this.persist([...names]);
  }

  private async persist(names: string[]): Promise<void> {
    await this.file.save({ version: 1, presets: this.presets });
    this.deps.bus.emit('presetsChanged', { names });
  }
}
