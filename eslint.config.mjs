// The rules that keep the architecture honest: src/core is plain TypeScript that runs in Node, in
// the CLI and in the browser, so it must never import the editor API; and a function does one thing.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', '.cache/**', 'node_modules/**', 'test/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core and the CLI are editor-free: adapt them in src/editor instead.' }],
        patterns: [{ group: ['**/editor/**', '../extension'], message: 'src/core must not depend on the editor layer.' }],
      }],
    },
  },
  {
    // A function longer than this holds more than one algorithm: split it. (The knowledge base's
    // data are long lists, not functions.)
    files: ['src/core/**/*.ts', 'src/cli/**/*.ts', 'src/node/**/*.ts'],
    ignores: ['src/core/knowledgeBase/data/**'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
);
