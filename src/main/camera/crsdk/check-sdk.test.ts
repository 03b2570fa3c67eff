import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  STANDIN_INCLUDE,
  compareWithStandIn,
  standInDeclarations,
} from '../../../../native/sdk-conformance.mjs';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const sdk = process.env.CRSDK_DIR;

describe('the stand-in/SDK comparison', () => {
  it('reads what the stand-in declares and finds the stand-in identical to itself', () => {
    const decl = standInDeclarations();
    expect(decl.constants).toEqual(
      expect.arrayContaining(['CrNotify_RemoteTransfer_Result_OK', 'CrError_Adaptor_Create']),
    );
    expect(decl.enums).toContain('CrDownloadSettingFileType');
    expect(decl.members).toContainEqual(['CrContentsFile', 'filePath']);
    expect(decl.functions).toEqual(
      expect.arrayContaining(['Connect', 'GetLiveViewImage', 'EnumCameraObjects']),
    );
    const self = compareWithStandIn(STANDIN_INCLUDE);
    expect(self.differences).toEqual([]);
    expect(self.compared).toBeGreaterThan(500);
  }, 60_000);
});

// Against a real Camera Remote SDK: only where CRSDK_DIR points at one (Sony's SDK cannot be downloaded on CI
// machines; the stand-in's facts are checked by every native build anyway).
describe.skipIf(!sdk)(
  `npm run check:sdk against CRSDK_DIR (${sdk ? sdk : 'skipped: CRSDK_DIR is not set'})`,
  () => {
    it('builds with --no-undefined, matches the stand-in, loads through koffi and enumerates', () => {
      const run = spawnSync(process.execPath, ['scripts/check-sdk.mjs', '--json'], {
        cwd: root,
        encoding: 'utf8',
        timeout: 600_000,
      });
      const summary = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}');
      expect(summary, run.stderr).toMatchObject({ ok: true, standin: false, adapterPresent: true });
      expect(summary.sdkVersion).toMatch(/^V\d+\.\d{2}\.\d{2}$/);
      expect(summary.discovery).toMatchObject({ ok: true });
      expect(summary.conformance.differences).toEqual([]);
      expect(run.status).toBe(0);
    }, 600_000);
  },
);
