// ESLint for the site's JavaScript (make lint): the recommended rules, with the
// browser's globals for the scripts the pages load and Node's for the test harness.
import js from "@eslint/js";
import globals from "globals";

export default [
  {
    ignores: [".venv*/**", "site/**", "site-properdocs/**", "node_modules/**", "bench/_work/**", "docs/assets/javascripts/search/stemmers/**"],
  },
  js.configs.recommended,
  {
    files: ["docs/assets/javascripts/**/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "script", globals: { ...globals.browser } },
    rules: { "no-unused-vars": ["error", { args: "after-used", caughtErrors: "none" }] },
  },
  {
    // The search engine and its interface are ES modules; the engine also runs in Node (tests, bench).
    files: ["docs/assets/javascripts/search/*.js"],
    languageOptions: { sourceType: "module", globals: { ...globals.browser, ...globals.worker, console: "readonly" } },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.node } },
  },
];
