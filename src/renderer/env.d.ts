/// <reference types="vite/client" />

/** Stylesheets are imported for their side effect; Vite bundles them. */
declare module '*.css';

/** exifr's small browser build (JPEG/TIFF/HEIC EXIF only): same API as the full package. */
declare module 'exifr/dist/lite.esm.mjs' {
  import exifr from 'exifr';
  export default exifr;
}
