// Lint rules that the type checker cannot express. The simulation packages must be deterministic and
// synchronous: no unseeded randomness, no wall clock, no Effect on the hot path (design rules 1 and 5 in docs/design.md).
import tseslint from "typescript-eslint";

const simulationPackages = ["packages/engine/src/**/*.ts", "packages/erlang/src/**/*.ts", "packages/model/src/**/*.ts"];

export default tseslint.config(
  // test/docs/.examples: the docs examples a test writes out and deletes again.
  { ignores: ["**/dist/**", "**/node_modules/**", "**/*.d.ts", "test/docs/.examples/**"] },
  // typescript-eslint's type-checked recommendations: floating promises, unsafe any, needless assertions.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ["**/*.ts"] })),
  {
    files: ["**/*.ts"],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: {
        project: ["./tsconfig.test.json", "./packages/*/tsconfig.json", "./apps/*/tsconfig.json"],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      // A leading underscore marks a value deliberately left unused (a destructured element, a callback argument).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "no-debugger": "error",
      "no-var": "error",
      "prefer-const": "error",
      eqeqeq: ["error", "always"],
    },
  },
  {
    // Tests read the CLI's JSON output, whose shape is what they assert: parsing it into typed objects first would
    // only restate the assertions. Everywhere else `any` must not flow.
    files: ["test/**/*.ts", "packages/*/test/**/*.ts", "apps/*/test/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      // Spies keep a prototype method to call it through with the spied object as `this`.
      "@typescript-eslint/unbound-method": "off",
    },
  },
  {
    files: simulationPackages,
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "Math",
          property: "random",
          message: "Draw from a named random stream (engine RandomStream) instead.",
        },
        { object: "Date", property: "now", message: "Simulation code must not read the wall clock." },
        { object: "performance", property: "now", message: "Simulation code must not read the wall clock." },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date']", message: "Simulation code must not read the wall clock." },
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["effect", "effect/*", "@effect/*"],
              message: "No Effect in the hot-path packages (design rule 1).",
            },
            { group: ["node:*"], message: "Simulation packages run in browsers too: no Node built-ins." },
          ],
        },
      ],
      "no-console": "error",
    },
  },
);
