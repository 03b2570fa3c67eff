import { expect, it } from 'vitest';
import { diagnosticsBundleSchema } from '../diagnostics-types';
import { ErrorCode } from '../errors';
import { pendingImportSchema, transferJobSchema } from '../transfer-types';
import { callLoosely, expectCode, type ClientUnderTest } from './conformance-helpers';

/** Reconnecting in the previous mode, retrying failures, files waiting for import, diagnostics. */
export function recoveryConformance(ctx: { t: ClientUnderTest }): void {
  it('reconnects without a mode in the mode of the previous connection', async () => {
    const { client } = ctx.t;
    const [camera] = await client.listCameras();
    await client.connect(camera.id, 'remote-transfer');
    await client.disconnect(camera.id);
    expect((await client.listCameras()).find((c) => c.id === camera.id)).toMatchObject({
      connected: false,
      lastMode: 'remote-transfer',
    });
    expect(await client.connect(camera.id)).toMatchObject({ connected: true, mode: 'remote-transfer' });
    await client.disconnect(camera.id);
  });

  it('retries failed transfers as a group and answers them in the shared shape', async () => {
    const { client } = ctx.t;
    const retried = await client.retryFailedTransfers();
    for (const job of retried) expect(transferJobSchema.safeParse(job).success).toBe(true);
    expect(Array.isArray(await client.retryFailedTransfers(ErrorCode.Disconnected))).toBe(true);
    await expectCode(callLoosely(client, 'retryFailedTransfers', 'NOT_A_CODE'), ErrorCode.InvalidArgument);
  });

  it('lists files waiting for import; unknown ids are NOT_FOUND, bad ids INVALID_ARGUMENT', async () => {
    const { client } = ctx.t;
    const pending = await client.listPendingImports();
    for (const p of pending) expect(pendingImportSchema.safeParse(p).success).toBe(true);
    expect(Array.isArray(await client.retryPendingImports())).toBe(true);
    await expectCode(client.retryPendingImports(['pi_unknown']), ErrorCode.NotFound);
    await expectCode(client.discardPendingImport('pi_unknown'), ErrorCode.NotFound);
    await expectCode(client.discardPendingImport('../etc/passwd'), ErrorCode.InvalidArgument);
    await expectCode(callLoosely(client, 'retryPendingImports', 'pi_1'), ErrorCode.InvalidArgument);
  });

  it('exports a diagnostics bundle in the shared shape', async () => {
    const { client } = ctx.t;
    const bundle = await client.exportDiagnostics();
    expect(diagnosticsBundleSchema.safeParse(bundle).success).toBe(true);
    expect(bundle.versions.app).toMatch(/\d/);
  });
}
