// Build-time constants defined in vite.config.ts.
declare const __CCSIM_VERSION__: string;
declare const __CCSIM_COMMIT__: string;
