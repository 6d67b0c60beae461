import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';

const features = ['overview', 'feed-source', 'export-volume', 'access-heatmap', 'incident-timeline', 'account', 'wall'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'shots', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        // Writing markup is banned; tests may still read innerHTML to prove no markup arrived.
        { selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]", message: 'Feed text is never markup.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Feed text is never markup.' },
        { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'Feed text is never markup.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Feed text is never markup.' },
        { selector: "CallExpression[callee.name='eval']", message: 'Nothing from a feed is ever run.' },
        { selector: "NewExpression[callee.name='Function']", message: 'Nothing from a feed is ever run.' },
      ],
      // Layers (CONVENTIONS.md): nothing imports app/; features never import each other; ui/ is props in, pixels out.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/!(app|test)/**', from: './src/app' },
            ...features.map((name) => ({ target: `./src/features/${name}`, from: './src/features', except: [`./${name}`] })),
            { target: './src/ui', from: ['./src/queries', './src/state', './src/features', './src/worker'] },
          ],
        },
      ],
    },
  },
  {
    // The pure core runs in Node and in the worker alike: no React, DOM, fetch or wall clock.
    files: ['src/feed/**', 'src/analysis/**', 'src/attack/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-*', '@tanstack/*', 'zustand', '**/features/**', '**/ui/**', '**/queries/**', '**/state/**'] }],
      'no-restricted-globals': ['error', 'fetch', 'window', 'document', 'location', 'localStorage'],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Take the clock as an argument.' }],
    },
  },
);
