import { ErrorCode, TetherError } from '../../../shared/errors';
import type { GpWidget, GpWidgetType } from './gp-api';
import { cString, type GpBindings } from './koffi-bindings';

/** CameraWidgetType in enum order. */
export const WIDGET_TYPES: readonly GpWidgetType[] = [
  'window',
  'section',
  'text',
  'range',
  'toggle',
  'radio',
  'menu',
  'button',
  'date',
];

const ptrOut = (): Buffer => Buffer.alloc(8);
const ptrOf = (b: Buffer): bigint => b.readBigUInt64LE(0);
/** Deeper trees are not camera configs: stop rather than recurse forever on a corrupt tree. */
const MAX_DEPTH = 8;

function readValue(gp: GpBindings, widget: bigint, type: GpWidgetType): string | number | null {
  switch (type) {
    case 'text':
    case 'radio':
    case 'menu': {
      const out = ptrOut();
      return (gp.widgetGetValue(widget, out) as number) < 0 ? null : cString(ptrOf(out));
    }
    case 'range': {
      const out = Buffer.alloc(4);
      return (gp.widgetGetValue(widget, out) as number) < 0 ? null : out.readFloatLE(0);
    }
    case 'toggle':
    case 'date': {
      const out = Buffer.alloc(4);
      return (gp.widgetGetValue(widget, out) as number) < 0 ? null : out.readInt32LE(0);
    }
    default:
      return null;
  }
}

/** Reads a widget and its children into plain data (the caller frees the native tree). */
export function readWidgetTree(gp: GpBindings, widget: bigint, depth = 0): GpWidget {
  const name = ptrOut();
  const label = ptrOut();
  const typeBuf = Buffer.alloc(4);
  const ro = Buffer.alloc(4);
  gp.widgetGetName(widget, name);
  gp.widgetGetLabel(widget, label);
  gp.widgetGetType(widget, typeBuf);
  gp.widgetGetReadonly(widget, ro);
  const type = WIDGET_TYPES[typeBuf.readInt32LE(0)] ?? 'text';
  const node: GpWidget = {
    name: cString(ptrOf(name)),
    label: cString(ptrOf(label)),
    type,
    readonly: ro.readInt32LE(0) !== 0,
    value: readValue(gp, widget, type),
  };
  if (type === 'radio' || type === 'menu') {
    const count = gp.widgetCountChoices(widget) as number;
    node.choices = [];
    for (let i = 0; i < count; i++) {
      const out = ptrOut();
      if ((gp.widgetGetChoice(widget, i, out) as number) >= 0) node.choices.push(cString(ptrOf(out)));
    }
  }
  if (type === 'range') {
    const [min, max, step] = [Buffer.alloc(4), Buffer.alloc(4), Buffer.alloc(4)];
    if ((gp.widgetGetRange(widget, min, max, step) as number) >= 0)
      node.range = { min: min.readFloatLE(0), max: max.readFloatLE(0), step: step.readFloatLE(0) };
  }
  const children = gp.widgetCountChildren(widget) as number;
  if (children > 0 && depth < MAX_DEPTH) {
    node.children = [];
    for (let i = 0; i < children; i++) {
      const out = ptrOut();
      if ((gp.widgetGetChild(widget, i, out) as number) >= 0)
        node.children.push(readWidgetTree(gp, ptrOf(out), depth + 1));
    }
  }
  return node;
}

/** The `const void *value` gp_widget_set_value expects for a widget type (the library copies it). */
export function widgetValueBuffer(typeIndex: number, value: string | number, name: string): Buffer {
  const type = WIDGET_TYPES[typeIndex];
  if (type === 'text' || type === 'radio' || type === 'menu')
    return Buffer.from(`${String(value)}\0`, 'utf8');
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new TetherError(ErrorCode.InvalidValue, `${name} takes a number, got ${String(value)}`);
  const buf = Buffer.alloc(4);
  if (type === 'range') buf.writeFloatLE(value, 0);
  else if (type === 'toggle' || type === 'date') buf.writeInt32LE(Math.trunc(value), 0);
  else throw new TetherError(ErrorCode.PropertyNotWritable, `${name} is a ${type ?? 'unknown'} widget`);
  return buf;
}
