// Vite's import.meta.glob and ?raw imports, for type-checkers that do not read this app's tsconfig (tsconfig.test.json).
/// <reference types="vite/client" />

// The first looks computed at build time (firstLookPlugin.ts): scenario id -> JSON text of its FirstLook.
declare module "virtual:first-look" {
  export const firstLooks: Readonly<Record<string, string>>;
}

// The first paints' index (firstLookPlugin.ts): scenario id -> the settings its first paint was drawn for.
declare module "virtual:first-paint" {
  export const firstPaints: Readonly<Record<string, { readonly fidelity: string; readonly from: string }>>;
}
