// Lint rules that the type checker cannot express. The simulation packages must be deterministic and
// synchronous: no unseeded randomness, no wall clock, no Effect on the hot path (design rules 1 and 5 in docs/design.md).
import tseslint from "typescript-eslint";

const simulationPackages = ["packages/engine/src/**/*.ts", "packages/erlang/src/**/*.ts", "packages/model/src/**/*.ts"];

export default tseslint.config(
  // test/docs/.examples: the docs examples a test writes out and deletes again.
  { ignores: ["**/dist/**", "**/node_modules/**", "**/*.d.ts", "test/docs/.examples/**"] },
  {
    files: ["**/*.ts"],
    languageOptions: { parser: tseslint.parser },
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      "no-debugger": "error",
      "no-var": "error",
      "prefer-const": "error",
      eqeqeq: ["error", "always"],
    },
  },
  {
    files: simulationPackages,
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "random", message: "Draw from a named random stream (engine RandomStream) instead." },
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
            { group: ["effect", "effect/*", "@effect/*"], message: "No Effect in the hot-path packages (design rule 1)." },
            { group: ["node:*"], message: "Simulation packages run in browsers too: no Node built-ins." },
          ],
        },
      ],
      "no-console": "error",
    },
  },
);
