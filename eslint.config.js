// @ts-check
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url'];

/**
 * The layers inside shared/, lowest first (CONTRIBUTING.md, "Layering"). A folder imports
 * only folders of lower layers: never a higher one, never a peer in its own layer.
 */
const sharedLayers = [
  ['text', 'samples'],
  ['editor'],
  ['article'],
  ['quotes', 'search', 'typography'],
  ['import', 'export', 'rules', 'desk'],
  ['api'],
];

const sharedLayerZones = sharedLayers
  .flatMap((layer, level) =>
    layer.map((folder) => ({
      target: `./shared/${folder}`,
      from: sharedLayers
        .slice(level)
        .flat()
        .filter((other) => other !== folder)
        .map((other) => `./shared/${other}`),
      message: `shared/${folder} may import only lower layers of shared/ (see CONTRIBUTING.md, "Layering").`,
    })),
  )
  .filter((zone) => zone.from.length > 0);

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
      'bench/out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    // Without a resolver that knows .ts files no import resolves, and the path rules below
    // would pass everything.
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.json'] }),
      ],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'CallExpression[callee.property.name="only"]', message: 'No focused tests.' },
      ],
      // The layering: shared is pure, renderer talks to services only through the API client.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './shared',
              from: './electron',
              message: 'shared/ is pure: no electron/ imports.',
            },
            {
              target: './shared',
              from: './renderer',
              message: 'shared/ is pure: no renderer/ imports.',
            },
            {
              target: './renderer',
              from: './electron',
              message: 'renderer/ reaches services only through the API client.',
            },
            {
              target: './electron',
              from: './renderer',
              message: 'electron/ does not import the React app.',
            },
            ...sharedLayerZones,
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom'],
          patterns: nodeBuiltins.map((name) => ({
            group: [name],
            message: 'shared/ runs everywhere: no Node built-ins.',
          })),
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'better-sqlite3'],
          patterns: nodeBuiltins.map((name) => ({
            group: [name],
            message: 'renderer/ is browser code.',
          })),
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'Services run in plain Node too (CLI, galley serve): keep electron in electron/main.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: globals.node,
    },
  },
);
