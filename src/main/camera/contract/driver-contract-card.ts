import { expect, it } from 'vitest';
import { cardFileSchema, cardSlotSchema, type CardFile } from '../../../shared/camera-types';
import { ErrorCode, isTetherError } from '../../../shared/errors';
import {
  connect,
  expectCode,
  isCompleteJpeg,
  readAll,
  streamError,
  type ContractContext,
} from './contract-helpers';

async function smallestFile(ctx: ContractContext): Promise<CardFile> {
  const files = await ctx.driver.listContents(ctx.camera.id, 1);
  expect(files.length).toBeGreaterThan(0);
  return [...files].sort((a, b) => a.size - b.size)[0];
}

const refOf = (f: CardFile) => ({ slot: f.slot, contentId: f.contentId, fileId: f.fileId });

/** Card access: slots, listing, thumbnails, reads (full, resumed, cancelled) and one transfer at a time. */
export function cardContract(ctx: ContractContext): void {
  it('lists card slots and files, oldest first, with valid metadata', async () => {
    const id = ctx.camera.id;
    await connect(ctx.driver, id, 'remote-transfer');
    const slots = await ctx.driver.getCardSlots(id);
    for (const s of slots) cardSlotSchema.parse(s);
    expect(slots.find((s) => s.slot === 1)?.status).toBe('ok');
    const files = await ctx.driver.listContents(id, 1);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) cardFileSchema.parse(f);
    const times = files.map((f) => Date.parse(f.createdAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(files.map((f) => `${f.contentId}/${f.fileId}`)).size).toBe(files.length);
  });

  it('renders a thumbnail and reads a whole file of exactly its listed size', async () => {
    const id = ctx.camera.id;
    await connect(ctx.driver, id, 'contents');
    const files = await ctx.driver.listContents(id, 1);
    const still = files.find((f) => f.kind === 'jpeg' || f.kind === 'raw') as CardFile;
    expect(isCompleteJpeg(await ctx.driver.getContentImage(id, refOf(still), 'thumbnail'))).toBe(true);
    const file = await smallestFile(ctx);
    const { size, stream } = await ctx.driver.openContent(id, refOf(file));
    expect(size).toBe(file.size);
    expect((await readAll(stream)).bytes).toBe(file.size);
  });

  it('resumes a read from an offset with the same bytes', async () => {
    const id = ctx.camera.id;
    await connect(ctx.driver, id, 'contents');
    const file = await smallestFile(ctx);
    const whole = await readAll((await ctx.driver.openContent(id, refOf(file))).stream, true);
    const tail = 4096;
    const opened = await ctx.driver.openContent(id, refOf(file), { offset: file.size - tail });
    expect(opened.size).toBe(file.size);
    const rest = await readAll(opened.stream, true);
    expect(rest.bytes).toBe(tail);
    expect(rest.data?.equals((whole.data as Buffer).subarray(file.size - tail))).toBe(true);
  });

  it('allows one transfer at a time: a concurrent open gets CAMERA_BUSY (0x8D03)', async () => {
    const id = ctx.camera.id;
    await connect(ctx.driver, id, 'remote-transfer');
    const files = await ctx.driver.listContents(id, 1);
    expect(files.length).toBeGreaterThan(1);
    const first = await ctx.driver.openContent(id, refOf(files[0]));
    const err = await expectCode(ctx.driver.openContent(id, refOf(files[1])), ErrorCode.CameraBusy);
    const sdkCode = ctx.caps.transferBusySdkCode;
    if (sdkCode !== null) expect(isTetherError(err) && err.details?.sdkCode).toBe(sdkCode);
    const closed = new Promise((resolve) => first.stream.once('close', resolve));
    first.stream.destroy();
    await closed;
    const second = await ctx.driver.openContent(id, refOf(files[1]));
    expect((await readAll(second.stream)).bytes).toBe(files[1].size);
  });

  it('cancels a read through its AbortSignal with CANCELLED', async () => {
    const id = ctx.camera.id;
    await connect(ctx.driver, id, 'contents');
    const file = await smallestFile(ctx);
    const abort = new AbortController();
    const { stream } = await ctx.driver.openContent(id, refOf(file), { signal: abort.signal });
    stream.once('data', () => abort.abort());
    const err = await streamError(stream);
    expect(isTetherError(err, ErrorCode.Cancelled)).toBe(true);
  });
}
