import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { layers } from './eslint/layers.js';

const noTfjs = {
  patterns: [{ group: ['@tensorflow/*'], message: 'tfjs lives in src/model and src/engine only.' }],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'public', 'tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { layers },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'layers/imports-point-down': 'error',
      'layers/through-index': 'error',
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', {
        patterns: [...noTfjs.patterns, { group: ['react', 'react-dom', 'zustand'], message: 'src/core is pure TypeScript.' }],
      }],
    },
  },
  {
    // The model's contract: importable by the page, so no tfjs, and nothing of src/model outside it.
    files: ['src/model/spec/**/*.ts'],
    ignores: ['src/model/spec/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [...noTfjs.patterns, { regex: '^\\.\\./(?!\\.\\./core/)', message: 'src/model/spec imports only itself and src/core: the page imports it without tfjs.' }],
      }],
    },
  },
  {
    // The page: src/model's index pulls in tfjs, so from it only types; values come from model/spec.
    files: ['src/ui/**/*.{ts,tsx}', 'src/store/**/*.ts', 'src/main.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [...noTfjs.patterns, { regex: '^(\\.\\./)+model$', allowTypeImports: true, message: 'the page imports only types from src/model; values from src/model/spec.' }],
      }],
    },
  },
);
