import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'data/', 'reports/', 'src/i18n/compiled/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The domain is pure: shared with the server, tested in milliseconds, no side effects.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*', '@tanstack/*'], message: 'src/domain has no React.' },
            { group: ['dexie', 'dexie-*'], message: 'src/domain has no storage.' },
            { group: ['../*', '!./*'], message: 'src/domain imports only from src/domain.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'src/domain does no I/O; pass data in.' },
        { name: 'XMLHttpRequest', message: 'src/domain does no I/O.' },
        { name: 'indexedDB', message: 'src/domain does no I/O.' },
        { name: 'localStorage', message: 'src/domain does no I/O.' },
        { name: 'window', message: 'src/domain runs on the server too.' },
        { name: 'document', message: 'src/domain runs on the server too.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pass the time in.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass the time in.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Pass randomness in.' },
      ],
    },
  },
  {
    // Layers: offline and i18n never reach into features or the app shell; features never
    // reach into each other's folders or the shell.
    files: ['src/offline/**/*.{ts,tsx}', 'src/i18n/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}', 'src/code-lists/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/features/*', '**/app/*'], message: 'Dependencies point from features to lower layers.' }] },
      ],
    },
  },
  {
    files: ['src/features/*/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/*'], message: 'A feature never uses the app shell.' },
            { group: ['../*/**', '!../../**'], message: 'A feature never reaches into another feature.' },
          ],
        },
      ],
    },
  },
);
