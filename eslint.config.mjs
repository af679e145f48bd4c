// Lint rules, including the boundaries of ../shared/ARCHITECTURE.md: the renderer and the shared contract
// import no Node, Electron, better-sqlite3 or exceljs; only src/main and src/preload import electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeOnly = [
  'electron',
  'better-sqlite3',
  'exceljs',
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
];
const noElectron = { name: 'electron', message: 'Only src/main and src/preload import electron.' };

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'release', '.ci-out', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/shared/**', 'src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeOnly, message: 'The renderer and src/shared stay free of Node-only modules.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/consistent-type-definitions': 'off' },
  },
  {
    files: ['src/core/**', 'src/cli/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  {
    // The modules of the shell that tests import under plain Node: types from electron only.
    files: [
      'src/main/ipc/**',
      'src/main/{paths,recent-registers,recent-handlers,open-problem,renderer-location,register-session,register-commands,startup-register,open-external,menu-template,register-events}.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Use `import type` here; runtime electron imports live in the app shell files.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
);
