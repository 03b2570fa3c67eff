// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Raw IPC objects may only be touched inside the two typed IPC helper files. */
const rawIpcRule = {
  'no-restricted-syntax': [
    'error',
    {
      selector: "ImportSpecifier[imported.name='ipcMain']",
      message: 'Use the typed helpers in src/main/ipc/typed-ipc-main.ts instead of raw ipcMain.',
    },
    {
      selector: "ImportSpecifier[imported.name='ipcRenderer']",
      message: 'Use the typed helpers in src/preload/typed-ipc-renderer.ts instead of raw ipcRenderer.',
    },
  ],
};

const SERVICES = [
  'settings',
  'session',
  'studio',
  'transfer',
  'review',
  'sequence',
  'presets',
  'multi-camera',
];
const ADAPTERS = ['server', 'ipc', 'electron'];
const TESTS = ['**/*.test.ts', '**/*.test.tsx', '**/testing/**', '**/contract/**'];

/**
 * The layer picture (docs/ARCHITECTURE.md) as lint: a relative import whose first folder is a layer this
 * one must not reach is an error. Layer folders have unique names, so the first named segment of a relative
 * specifier (`../../server/…`) says which layer it enters. Tests and `testing/` helpers wire layers together
 * and are exempt; src/architecture/layers.test.ts checks the same picture on resolved paths.
 */
function layers(files, forbidden, { electron = true, node = false } = {}) {
  const patterns = [
    {
      regex: `^(?:\\.\\.?/)+(?:${forbidden.join('|')})(?:/|$)`,
      message: `Layer rule (docs/ARCHITECTURE.md): ${files[0]} must not import ${forbidden.join(', ')}.`,
    },
  ];
  if (node)
    patterns.push({
      regex: '^node:',
      message: 'Layer rule: this code also runs in a browser; no Node built-ins.',
    });
  const paths = electron
    ? [{ name: 'electron', message: 'Layer rule: only the Electron shell, IPC and preload import electron.' }]
    : [];
  return { files, ignores: TESTS, rules: { 'no-restricted-imports': ['error', { paths, patterns }] } };
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'native/build/**',
      'test-results/**',
      'bench/results/**',
      'e2e/screenshots/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      ...rawIpcRule,
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/main/ipc/typed-ipc-main.ts', 'src/preload/typed-ipc-renderer.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['bench/**', 'scripts/**', 'bin/**', 'native/**/*.mjs', 'e2e/**'],
    rules: { 'no-console': 'off' },
  },
  // ---- layers: each imports only what is below it ----
  layers(['src/main/core/**'], ['imaging', 'camera', ...SERVICES, 'app', ...ADAPTERS]),
  layers(['src/main/imaging/**'], ['camera', ...SERVICES, 'app', ...ADAPTERS]),
  layers(['src/main/camera/**'], [...SERVICES, 'app', ...ADAPTERS]),
  layers(
    ['src/main/settings/**'],
    ['imaging', 'camera', 'session', 'studio', 'transfer', 'app', ...ADAPTERS],
  ),
  layers(['src/main/session/**'], ['camera', 'studio', 'transfer', 'app', ...ADAPTERS]),
  layers(['src/main/studio/**'], ['settings', 'session', 'transfer', 'app', ...ADAPTERS]),
  layers(['src/main/transfer/**'], ['settings', 'app', ...ADAPTERS]),
  layers(
    ['src/main/review/**'],
    ['camera', 'studio', 'transfer', 'sequence', 'presets', 'multi-camera', 'app', ...ADAPTERS],
  ),
  layers(['src/main/sequence/**'], ['settings', 'transfer', 'presets', 'multi-camera', 'app', ...ADAPTERS]),
  layers(
    ['src/main/presets/**'],
    ['settings', 'session', 'transfer', 'review', 'sequence', 'multi-camera', 'app', ...ADAPTERS],
  ),
  layers(
    ['src/main/multi-camera/**'],
    ['settings', 'session', 'transfer', 'sequence', 'presets', 'app', ...ADAPTERS],
  ),
  layers(['src/main/app/**'], ADAPTERS),
  layers(['src/main/server/**'], ['camera', ...SERVICES, 'ipc', 'electron']),
  layers(['src/main/ipc/**'], ['camera', ...SERVICES, 'server', 'electron'], { electron: false }),
  layers(['src/main/electron/**'], ['camera', ...SERVICES], { electron: false }),
  layers(['src/shared/**'], ['main', 'renderer', 'preload', 'conformance', 'architecture'], { node: true }),
  layers(['src/renderer/**'], ['main', 'conformance', 'architecture'], { node: true }),
  layers(['src/preload/bridge/**'], ['main', 'renderer'], { node: true }),
  layers(['src/preload/*.ts'], ['main', 'renderer'], { electron: false, node: true }),
);
