/**
 * Output limit for the CLI processes tests spawn: a result document of a long scenario runs to megabytes, far
 * above spawnSync's 1 MB default (past which the child is killed and its status is null).
 */
export const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
