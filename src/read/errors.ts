/** A reason a file could not be read to the end; reported for that file, never fatal to the scan. */
export class ReadError extends Error {}
