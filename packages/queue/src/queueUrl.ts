/**
 * The `--queue` address: `redis://[user:password@]host:port[/db]`, or `rediss://` for TLS. Checked before anything
 * connects, so a typo is a located usage error rather than a connection timeout.
 */

/** A checked queue address and its form without the password, for messages and the provenance. */
export interface QueueAddress {
  readonly url: string;
  /** The address with any password replaced by `***`: safe to print and to record in result files. */
  readonly shown: string;
}

/** The address is not a Redis URL ccsim accepts. */
export class QueueUrlError extends Error {
  override readonly name = "QueueUrlError";
}

const MAX_DB = 15;

/** Parses and checks a queue address; throws `QueueUrlError` with what was expected. */
export function parseQueueUrl(text: string): QueueAddress {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new QueueUrlError(`expected redis://[user:password@]host:port[/db] or rediss://..., found ${show(text)}`);
  }
  if (url.protocol !== "redis:" && url.protocol !== "rediss:")
    throw new QueueUrlError(`expected a redis:// or rediss:// address, found ${url.protocol}//`);
  if (url.hostname === "") throw new QueueUrlError("the address names no host");
  const db = url.pathname.replace(/^\//, "");
  if (db !== "" && !(/^\d+$/.test(db) && Number(db) <= MAX_DB))
    throw new QueueUrlError(`the database after the host must be a number 0-${MAX_DB}, found /${db}`);
  if (url.search !== "" || url.hash !== "")
    throw new QueueUrlError("the address takes no query or fragment (?...#...)");
  const shown = new URL(url.href);
  if (shown.password !== "") shown.password = "***";
  return { url: url.href, shown: shown.href };
}

function show(text: string): string {
  // Never echo a password back: show only what comes before an "@".
  const at = text.lastIndexOf("@");
  return JSON.stringify(at < 0 ? text : `***${text.slice(at)}`);
}
