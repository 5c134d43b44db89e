/**
 * Why a file could not be read, in words a planner can act on. Node's error codes (ENOENT, EISDIR) mean nothing
 * to most users; the common ones are spelt out, any other is shown as its code.
 */
const WHY: Readonly<Record<string, string>> = {
  ENOENT: "there is no such file; check the path",
  ENOTDIR: "a folder in the path is a file; check the path",
  EISDIR: "it is a folder; give the path of a file inside it",
  EACCES: "permission denied; this user may not read it",
  EPERM: "permission denied; this user may not read it",
  ELOOP: "the path is a loop of symbolic links",
  ENAMETOOLONG: "the path is too long",
};

/** The reason a read failed, from the error Node.js threw. */
export const whyUnreadable = (error: unknown): string => {
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") return WHY[code] ?? `error ${code}`;
  return error instanceof Error ? error.message : String(error);
};
