// The one rule that keeps the architecture honest: src/core is plain TypeScript that runs in Node,
// in the CLI and in the browser, so it must never import the editor API.
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
);
