// Lint rules, including the import boundaries of DESIGN.md §6 / STYLE.md ("imports flow one way").
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createNodeResolver, flatConfigs as importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

// One line per view. Any other folder found under src/features is fenced in too, so a new one is never unguarded.
const FEATURES = [
  'overview',
  'explore',
  'members',
  'scorecard',
  'compare',
  'matrix',
  'reporting',
  'transitions',
  'methodology',
];
const featureFolders = [...new Set([...FEATURES, ...listFolders('src/features')])];

function listFolders(dir) {
  try {
    return readdirSync(join(root, dir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

const importZones = [
  // bulletproof-react: a feature may import only from itself among the features.
  ...featureFolders.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features never import each other: move the shared part to src/components, src/lib or src/domain.',
  })),
  {
    target: './src/domain',
    from: ['./src/api', './src/lib', './src/features', './src/app', './src/components'],
    message: 'src/domain is pure TypeScript: it imports nothing from the rest of the app.',
  },
  {
    target: ['./src/api', './src/lib', './src/components', './src/domain'],
    from: ['./src/features', './src/app'],
    message: 'Imports flow one way: api, lib, components and domain → features → app.',
  },
];

// Packages src/domain may not use (React, routing, state, fetching); node_modules paths are not zoned above.
const domainForbiddenPackages = {
  paths: ['react', 'react-dom', 'react-router', 'zustand', 'msw', 'axios', 'ky', 'swr', 'ofetch', 'node-fetch'].map(
    (name) => ({ name, message: 'src/domain is pure TypeScript: no React, state or network code.' }),
  ),
  patterns: [
    {
      group: ['react/*', 'react-dom/*', 'react-router/*', 'zustand/*', 'msw/*', '@tanstack/*', '@mswjs/*'],
      message: 'src/domain is pure TypeScript: no React, state or network code.',
    },
  ],
};

// A test whose expectation sits behind an `if` passes silently when the case is missing: give it a fixture instead.
const noConditionalExpect = {
  selector:
    "IfStatement CallExpression[callee.name='expect'], ConditionalExpression CallExpression[callee.name='expect']",
  message: 'No conditional expectations: make the fixture guarantee the case, then expect unconditionally.',
};

const JS_FILES = ['**/*.{js,mjs,cjs,jsx}'];

const noInnerHtml = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Text from data is text: no dangerouslySetInnerHTML.',
};

// Issue 7: every user-visible string comes from a catalog (English and French), never from a component.
// Symbols and punctuation ("·", "—", "→", "✕") may stay; anything with a letter may not.
const TEXT_ATTRIBUTES =
  '/^(aria-label|aria-description|aria-roledescription|aria-valuetext|title|alt|placeholder|label)$/';
const HAS_LETTER = '/[A-Za-z]/';
const CATALOG_MESSAGE = 'User-visible text belongs in a catalog (messages.ts, English and French), not in a component.';
const noHardCodedText = [
  `JSXText[value=${HAS_LETTER}]`,
  `JSXElement > JSXExpressionContainer > Literal[value=${HAS_LETTER}]`,
  `JSXElement > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=${HAS_LETTER}]`,
  `JSXAttribute[name.name=${TEXT_ATTRIBUTES}] > Literal[value=${HAS_LETTER}]`,
  `JSXAttribute[name.name=${TEXT_ATTRIBUTES}] > JSXExpressionContainer > Literal[value=${HAS_LETTER}]`,
  `JSXAttribute[name.name=${TEXT_ATTRIBUTES}] > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=${HAS_LETTER}]`,
].map((selector) => ({ selector, message: CATALOG_MESSAGE }));

export default defineConfig(
  {
    ignores: [
      'dist*/**',
      'coverage/**',
      'node_modules/**',
      'public/mockServiceWorker.js',
      'test-results/**',
      'playwright-report/**',
      'blob-report/**',
      '.bench/**',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({
          tsconfig: { configFile: `${root}/tsconfig.json` },
          extensions: ['.ts', '.tsx', '.d.ts', '.mts', '.d.mts', '.js', '.jsx', '.mjs', '.cjs', '.json'],
          conditionNames: ['types', 'import', 'module', 'browser', 'require', 'default'],
        }),
      ],
    },
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  importX.recommended,
  importX.typescript,
  reactHooks.configs.flat.recommended,
  jsxA11y.flatConfigs.strict,
  pluginQuery.configs['flat/recommended'],
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-syntax': ['error', noInnerHtml],
      'no-eval': 'error',
      'no-new-func': 'error',
      // Conflicts with no-non-null-assertion: it asks for the `!` that rule forbids.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
      // False alarms on namespace-style default exports (`fc.integer`, `tseslint.configs`).
      'import-x/no-named-as-default-member': 'off',
      // Kept on purpose: if the resolver broke, no-restricted-paths and no-cycle would pass silently.
      'import-x/no-unresolved': ['error', { ignore: ['\\?(?:url|raw|inline|worker|sharedworker)$'] }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: importZones }],
    },
  },
  {
    // Components: no hard-coded user-visible text (tests may spell out what they expect to see).
    files: ['src/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    rules: { 'no-restricted-syntax': ['error', noInnerHtml, ...noHardCodedText] },
  },
  {
    // Testing Library's guiding principles (STYLE.md): query by role and label, no container queries, no DOM
    // walking, await what is async, no conditional expectations.
    files: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
    rules: {
      ...testingLibrary.configs['flat/react'].rules,
      'testing-library/no-node-access': 'error',
      'testing-library/no-container': 'error',
      'testing-library/prefer-user-event': 'error',
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'tests/e2e/**/*.ts', 'scripts/**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', noInnerHtml, noConditionalExpect] },
  },
  {
    // TypeScript already checks what these check, and they misread some typings (`import * as z from 'zod/mini'`).
    files: ['**/*.{ts,tsx,mts,cts}'],
    rules: { 'import-x/namespace': 'off', 'import-x/default': 'off', 'import-x/named': 'off' },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': ['error', domainForbiddenPackages],
      'no-restricted-globals': [
        'error',
        ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'localStorage', 'indexedDB'].map((name) => ({
          name,
          message: 'src/domain is pure TypeScript: no network or storage.',
        })),
      ],
    },
  },
  {
    // Plain JavaScript (this file, scripts/*.mjs) is outside the TypeScript project (no allowJs): lint it without
    // type information.
    files: JS_FILES,
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { parserOptions: { projectService: false, program: null } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
);
