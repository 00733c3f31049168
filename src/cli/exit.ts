// Exit codes (REPORT.md) and the error that means "the user asked for something wrong".
export const EXIT = { ok: 0, error: 1, usage: 2, threshold: 3 } as const;

export class UsageError extends Error {}
