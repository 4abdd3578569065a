// Plain words for the system errors the CLI meets reading files and stdin or writing stdout, so none reaches a user raw.

/** Reasons by Node's error code; an error with another code is described by its own message. */
const SYSTEM_ERROR_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'no such file (a parent is not a directory)',
  ELOOP: 'too many symbolic links',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EIO: 'input/output error',
  EBADF: 'not open',
};

/** The code of a Node system error (`ENOSPC`), or undefined for any other value. */
export function systemErrorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A known error's reason in plain words, or undefined when its code is not one we describe. */
export function knownSystemErrorReason(error: unknown): string | undefined {
  const code = systemErrorCode(error);
  return code === undefined ? undefined : SYSTEM_ERROR_REASONS[code];
}

/** One line for a stream error: "no space left on device (ENOSPC)", else the error's own message. */
export function describeStreamError(error: unknown): string {
  const reason = knownSystemErrorReason(error);
  if (reason !== undefined) return `${reason} (${systemErrorCode(error)})`;
  return error instanceof Error ? error.message : String(error);
}
