// Vite's import.meta.glob and ?raw imports, for type-checkers that do not read this app's tsconfig (tsconfig.test.json).
/// <reference types="vite/client" />
