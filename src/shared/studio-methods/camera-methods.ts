import { z } from 'zod';
import {
  cameraCommandSchema,
  cameraInfoSchema,
  cardFileSchema,
  cardSlotSchema,
  connectionModeSchema,
  focusFrameSchema,
  liveViewStatusSchema,
} from '../camera-types';
import { propertyViewSchema } from '../properties/property-view';
import { captureResultSchema, studioStatusSchema } from '../studio-types';
import { transferJobSchema } from '../transfer-types';
import { absolutePathSchema, cameraIdSchema, cardRefSchema, normalizedPointSchema } from '../arg-schemas';
import { method } from './define';

const cam = '/api/studio/cameras/{cameraId}';
const propertyNameSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9-]+$/i, 'invalid property name');
/** Friendly (`ISO 800`), hex (`0x320`) or decimal. */
const propertyInputSchema = z.string().trim().min(1).max(256);
const slotSchema = z.number().int().min(1).max(2);

/** Status, cameras, properties, capture, live view and the card: the camera side of the StudioClient. */
export const cameraMethods = {
  getStatus: method({
    args: z.tuple([]),
    names: [],
    result: studioStatusSchema,
    http: { verb: 'GET', path: '/api/studio/status' },
    summary: 'Studio status (version, driver, server)',
  }),
  listCameras: method({
    args: z.tuple([]),
    names: [],
    result: z.array(cameraInfoSchema),
    http: { verb: 'GET', path: '/api/studio/cameras' },
    summary: 'Cameras with state and mode',
  }),
  connect: method({
    args: z.tuple([cameraIdSchema, connectionModeSchema.optional()]),
    names: ['cameraId', 'mode'],
    result: cameraInfoSchema,
    http: { verb: 'POST', path: `${cam}/connect` },
    summary: 'Connect in a mode; answers the connected camera',
  }),
  disconnect: method({
    args: z.tuple([cameraIdSchema]),
    names: ['cameraId'],
    result: 'none',
    http: { verb: 'POST', path: `${cam}/disconnect` },
    summary: 'Disconnect',
  }),
  getProperties: method({
    args: z.tuple([cameraIdSchema]),
    names: ['cameraId'],
    result: z.array(propertyViewSchema),
    http: { verb: 'GET', path: `${cam}/properties` },
    summary: 'Every known property (PropertyView)',
  }),
  setProperty: method({
    args: z.tuple([cameraIdSchema, propertyNameSchema, propertyInputSchema]),
    names: ['cameraId', 'name', 'value'],
    result: propertyViewSchema,
    http: { verb: 'PUT', path: `${cam}/properties/{name}` },
    summary: 'Set a property (friendly, hex or decimal); answers it as re-read',
  }),
  capture: method({
    args: z.tuple([cameraIdSchema, z.object({ autofocus: z.boolean().optional() }).strict().optional()]),
    names: ['cameraId', 'options'],
    result: captureResultSchema,
    http: { verb: 'POST', path: `${cam}/capture`, spread: ['options'] },
    summary: 'Capture (S1 → focus → release, or a plain release with autofocus false)',
  }),
  sendCommand: method({
    args: z.tuple([cameraIdSchema, cameraCommandSchema]),
    names: ['cameraId', 'command'],
    result: 'none',
    http: { verb: 'POST', path: `${cam}/command`, spread: ['command'] },
    summary: 'Send one camera command',
  }),
  setAfAreaPosition: method({
    args: z.tuple([cameraIdSchema, normalizedPointSchema]),
    names: ['cameraId', 'normalized'],
    result: 'none',
    http: { verb: 'PUT', path: `${cam}/af-area`, spread: ['normalized'] },
    summary: 'Set the AF area from 0..1 fractions of the frame',
  }),
  getFocusFrames: method({
    args: z.tuple([cameraIdSchema]),
    names: ['cameraId'],
    result: z.array(focusFrameSchema),
    http: { verb: 'GET', path: `${cam}/focus-frames` },
    summary: 'Current AF frames',
  }),
  getLiveViewStatus: method({
    args: z.tuple([cameraIdSchema]),
    names: ['cameraId'],
    result: liveViewStatusSchema,
    http: { verb: 'GET', path: `${cam}/live-view` },
    summary: 'Live-view status',
  }),
  getCardSlots: method({
    args: z.tuple([cameraIdSchema]),
    names: ['cameraId'],
    result: z.array(cardSlotSchema),
    http: { verb: 'GET', path: `${cam}/card/slots` },
    summary: 'Card slots',
  }),
  listCardFiles: method({
    args: z.tuple([cameraIdSchema, slotSchema]),
    names: ['cameraId', 'slot'],
    result: z.array(cardFileSchema),
    http: { verb: 'GET', path: `${cam}/card/slots/{slot}/files` },
    summary: 'Files on a card slot, oldest first',
  }),
  getCardImage: method({
    args: z.tuple([cameraIdSchema, cardRefSchema, z.enum(['thumbnail', 'screennail'])]),
    names: ['cameraId', 'ref', 'kind'],
    result: 'jpeg',
    http: {
      verb: 'GET',
      path: `${cam}/card/slots/{slot}/files/{contentId}/{fileId}/{kind}`,
      spread: ['ref'],
      cache: 'private, max-age=60',
    },
    summary: 'A card thumbnail or screennail (JPEG)',
  }),
  pullCardFiles: method({
    args: z.tuple([
      cameraIdSchema,
      z.array(cardRefSchema).min(1).max(5000),
      z.object({ destDir: absolutePathSchema.optional() }).strict().optional(),
    ]),
    names: ['cameraId', 'refs', 'options'],
    result: z.array(transferJobSchema),
    http: { verb: 'POST', path: `${cam}/card/pull`, spread: ['options'], status: 202 },
    summary: 'Queue pulls of card files into the active session (or an absolute destDir)',
  }),
} as const;
