/** What every operation that can fail answers when it does: the reason in words (shown to the user as it is). */
export type Failure = { ok: false; error: string };

/** Success with its fields, or a Failure: the one result shape, across the message boundary and inside lib/. */
export type Result<T extends object = object> = ({ ok: true } & T) | Failure;
