/** The version of ccsim recorded in the provenance of results; kept equal to package.json's by a test. */
export const CCSIM_VERSION = "0.1.0";
