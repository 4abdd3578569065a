// One UTF-8 policy for everything the CLI reads, files and --jsonl lines alike: invalid bytes are refused, never replaced by U+FFFD.

/** The text of `bytes`, or undefined when they are not valid UTF-8; a leading byte order mark is dropped only when `dropBom`. */
export function decodeStrictUtf8(bytes: Uint8Array, dropBom: boolean): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: !dropBom }).decode(bytes);
  } catch {
    return undefined;
  }
}
