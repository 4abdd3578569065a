// The error every bad command line becomes: the CLI answers it with a message, the usage, and exit code 2.

/** Bad usage: an unknown command or option, a missing FILE, a bad value. */
export class UsageError extends Error {}
