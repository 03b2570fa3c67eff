import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

/** The `no-restricted-imports` messages ESLint reports for `code` placed at `file`. */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('eslint.config.js enforces the layers', () => {
  it('refuses upward imports from production code and accepts the allowed ones', async () => {
    const refused: [string, string][] = [
      ['src/main/core/x.ts', "export type { Studio } from '../app/studio';"],
      [
        'src/main/camera/sim/x.ts',
        "import type { SessionServiceApi } from '../../session/session-api';\nexport type X = SessionServiceApi;",
      ],
      [
        'src/main/studio/x.ts',
        "import { startServer } from '../server/server';\nexport const x = startServer;",
      ],
      ['src/main/session/x.ts', "import { app } from 'electron';\nexport const x = app;"],
      ['src/main/app/x.ts', "import { IpcBridge } from '../ipc/ipc-bridge';\nexport const x = IpcBridge;"],
      ['src/shared/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
      [
        'src/renderer/app/x.ts',
        "import type { Studio } from '../../main/app/studio';\nexport type X = Studio;",
      ],
      [
        'src/preload/bridge/x.ts',
        "import { createClient } from '../../renderer/transport/create-client';\nexport const x = createClient;",
      ],
    ];
    for (const [file, code] of refused) expect(await layerErrors(file, code), file).toHaveLength(1);
    const allowed: [string, string][] = [
      [
        'src/main/studio/x.ts',
        "import type { CameraDriver } from '../camera/driver';\nexport type X = CameraDriver;",
      ],
      ['src/main/server/x.ts', "import type { Studio } from '../app/studio';\nexport type X = Studio;"],
      [
        'src/main/studio/x.test.ts',
        "import { fakeStudio } from '../app/testing/fake-studio';\nexport const x = fakeStudio;",
      ],
      [
        'src/renderer/app/x.ts',
        "import type { StudioClient } from '../../shared/studio-client';\nexport type X = StudioClient;",
      ],
    ];
    for (const [file, code] of allowed) expect(await layerErrors(file, code), file).toEqual([]);
  }, 60_000);
});
