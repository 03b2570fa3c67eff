/** Catalog groups, used for panel layout in the UI. */
export type PropertyGroup =
  'exposure' | 'focus' | 'drive' | 'image' | 'file' | 'media' | 'status' | 'movie' | 'other';

/** CRSDK data types (CrDataType) a property value is carried in. */
export type PropertyValueType =
  'uint8' | 'int8' | 'uint16' | 'int16' | 'uint32' | 'int32' | 'uint64' | 'int64' | 'string';

/** How a raw value maps to its friendly form. */
export type PropertyEncoding =
  | 'fnumber'
  | 'shutter'
  | 'iso'
  | 'bias'
  | 'kelvin'
  | 'enum'
  | 'integer'
  | 'percent'
  | 'distance'
  | 'magnifier'
  | 'string';

/** One value of an enumerated property. */
export interface EnumEntry {
  /** Raw CRSDK value. */
  readonly value: number;
  /** API-friendly token (`af-c`, `host-pc`); matched case-insensitively, `_`, space and `-` alike. */
  readonly key: string;
  /** Display form (`AF-C`, `Tracking: Wide`). */
  readonly label: string;
  /** Extra accepted spellings, e.g. the CRSDK enumerator suffix (`AF_C`, `Shadow`). */
  readonly aliases?: readonly string[];
}

/** Everything the studio knows about one camera property. */
export interface PropertyDef {
  /** Alpha API name (`shutter-speed`). */
  readonly name: string;
  /** Other names resolvable by `propertyByName` (`color-temperature`). */
  readonly aliases?: readonly string[];
  /** CRSDK `CrDevicePropertyCode`. */
  readonly code: number;
  /** UI label; also the control's accessible name. */
  readonly label: string;
  readonly group: PropertyGroup;
  readonly valueType: PropertyValueType;
  readonly encoding: PropertyEncoding;
  /** Never writable from the host (status values). */
  readonly readOnly: boolean;
  /** Values for the `enum` encoding. */
  readonly enum?: readonly EnumEntry[];
  /** Unit suffix for the `integer` encoding (e.g. `s`, `mm`). */
  readonly unit?: string;
}
