import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Layers point one way: components use hooks and lib; hooks use lib; neither reaches up into components.
    files: ["hooks/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/components", "@/components/*", "**/components", "**/components/*"],
              message:
                "Hooks and lib must not import from components/: move the shared piece into hooks/ or lib/.",
            },
          ],
        },
      ],
    },
  },
  {
    // One link behaviour: routes prefetch when the visitor shows intent (components/ui/IntentLink.tsx).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["components/ui/IntentLink.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next/link",
              message:
                "Use IntentLink (components/ui/IntentLink.tsx): it prefetches on hover, focus or touch, not on sight.",
            },
          ],
        },
      ],
    },
  },
  {
    // Numbers and dates go through lib/format (formatInteger, formatUtcDate): a page's first Intl formatter costs
    // tens of ms of main thread, and the local zone differs between server and browser.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "hooks/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/]",
          message:
            "Use formatInteger, formatDta or formatUtcDate from lib/format instead of toLocale…String.",
        },
        {
          selector: "MemberExpression[object.name='Intl']",
          message: "Use lib/format's formatters instead of Intl.",
        },
      ],
    },
  },
  globalIgnores([
    ".next*/**",
    "node_modules/**",
    "hardhat/artifacts/**",
    "hardhat/cache/**",
    "hardhat/ignition/deployments/**",
    "lib/contracts/generated/deployedContracts.ts",
    "next-env.d.ts",
    ".bench/**",
    ".stack/**",
    "coverage/**",
    "indexer/ponder-env.d.ts",
    "indexer/.ponder/**",
  ]),
]);
