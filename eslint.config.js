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
);
