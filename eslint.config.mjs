// The rules that keep the architecture honest: src/core is plain TypeScript that runs in Node, in
// the CLI and in the browser, so it must never import the editor API; each feature of the
// editor layer (src/editor/<feature>) stands on the shared parts (services, fact files, workspace,
// ui, shell), never on another feature, which the shared parts never import either; and a function
// does one thing.
import tseslint from 'typescript-eslint';

const FEATURES = ['annotation', 'hover', 'semanticTokens', 'factsTree', 'export', 'knowledgeBase'];
const SHARED = ['services', 'factFiles', 'workspace', 'ui', 'shell'];

/** A relative import that reaches into one of `folders` of src/editor, from anywhere below it. */
const into = (folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`;

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
  ...FEATURES.map((feature) => ({
    files: [`src/editor/${feature}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          regex: into(FEATURES.filter((other) => other !== feature)),
          message: `src/editor/${feature} is a feature: it may use the shared parts (${SHARED.join(', ')}), not another feature. Move what both need into one of those.`,
        }],
      }],
    },
  })),
  {
    files: SHARED.map((folder) => `src/editor/${folder}/**/*.ts`),
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: into(FEATURES), message: 'The shared parts of the editor layer must not depend on a feature: features build on them.' }],
      }],
    },
  },
  {
    // A function longer than this holds more than one algorithm: split it. (The knowledge base's
    // data are long lists, not functions.)
    files: ['src/core/**/*.ts', 'src/cli/**/*.ts', 'src/node/**/*.ts', 'src/editor/**/*.ts'],
    ignores: ['src/core/knowledgeBase/data/**'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
);
