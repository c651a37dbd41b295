// Bundles the extension (two bundles) and the CLI (with its recognizing thread) with esbuild, and writes the JSON Schemas generated from the
// zod schemas. Type checking is `npm run typecheck`; tests are compiled unbundled by
// `npm run compile-tests`.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');

/**
 * zod's namespace object re-exports its error messages in every language it has (`z.locales`,
 * a quarter of the features bundle), and a bundler cannot leave out what a namespace object
 * holds. The project never changes zod's language: its messages are English, which zod's schemas
 * import on their own. So the bundles get a `locales` that holds English alone.
 */
const englishZodMessagesOnly = {
  name: 'english-zod-messages-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(args.importer) ? { path: join(dirname(args.importer), '../locales'), namespace: 'zod-locales' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({ contents: "export { default as en } from './en.js';", resolveDir: args.path }));
  },
};
/**
 * zod's namespace object also holds `z.fromJSONSchema`, which builds schemas from JSON Schema (a
 * module of 12 kB once minified), and a bundler cannot leave it out either. The project never calls
 * it (it writes JSON Schemas with `z.toJSONSchema`, it reads none): the bundles get a
 * `fromJSONSchema` that says so if anything ever does.
 */
const noZodFromJsonSchema = {
  name: 'no-zod-from-json-schema',
  setup(build) {
    build.onResolve({ filter: /^\.\/from-json-schema\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]v4[\\/]classic[\\/]/.test(args.importer) ? { path: args.importer, namespace: 'zod-from-json-schema' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-from-json-schema' }, () => ({
      contents: "export function fromJSONSchema() { throw new Error('z.fromJSONSchema is not in the News Annotator bundles'); }",
      loader: 'js',
    }));
  },
};
/**
 * zod's namespace object also holds its ahead-of-time compiler (`z.compile`, `z.withParser`: a
 * module of 29 kB once minified), which nothing in zod calls on its own. The project never calls
 * it (the extension even runs zod without generated code, see src/editor/services/zodConfig.ts):
 * the bundles get a compiler that says so if anything ever does, and the compiler's symbol and
 * errors as zod defines them.
 */
const noZodCompiler = {
  name: 'no-zod-compiler',
  setup(build) {
    build.onResolve({ filter: /^\.\/compile\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]/.test(args.importer) ? { path: args.importer, namespace: 'zod-compiler' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-compiler' }, () => ({
      contents: [
        "export const INVALID = Symbol.for('zod.compile.invalid');",
        'export class ZodCompileAsyncError extends Error {}',
        'export class ZodCompileUnsupportedError extends Error {}',
        "const absent = () => { throw new Error('z.compile is not in the News Annotator bundles'); };",
        'export const compile = absent;',
        'export const withParser = absent;',
        'export const compileFn = absent;',
      ].join('\n'),
      loader: 'js',
    }));
  },
};
/**
 * The bundled knowledge base goes into the bundles as JSON, compressed with Brotli and written in
 * base64: a fifth of its size as code (the entries' alias lists and descriptions were a fifth of the
 * features bundle; Brotli's output is a fifth smaller than deflate's, and as quick to read back),
 * read back with Node's zlib and JSON.parse when the knowledge base is first needed. The entries are
 * evaluated once here, from the data module itself.
 */
const compressedKnowledgeBase = {
  name: 'compressed-knowledge-base',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]core[\\/]knowledgeBase[\\/]data[\\/]index\.ts$/ }, (args) => compressedDataModule(args.path));
  },
};
/** The data module's replacement, made once for all the bundles that include it. */
const compressedModules = new Map();
function compressedDataModule(path) {
  if (!compressedModules.has(path)) compressedModules.set(path, compressDataModule(path));
  return compressedModules.get(path);
}
async function compressDataModule(path) {
  const data = await esbuild.build({ absWorkingDir: root, bundle: true, platform: 'node', format: 'cjs', entryPoints: [path], write: false, logLevel: 'warning' });
  const module = { exports: {} };
  new Function('module', 'exports', data.outputFiles[0].text)(module, module.exports);
  const json = Buffer.from(JSON.stringify(module.exports.bundledEntities));
  const compressed = brotliCompressSync(json, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_LGWIN]: 24, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: json.length } }).toString('base64');
  return {
    contents: `import { brotliDecompressSync } from 'node:zlib';\nexport const bundledEntities = JSON.parse(brotliDecompressSync(Buffer.from('${compressed}', 'base64')).toString('utf8'));\n`,
    loader: 'js',
  };
}
/**
 * The command line's code cache (dist/cliMain.js.cache): V8's code for the bundle once it has
 * recognized a seed and printed it as JSON, what most of what a process runs compiles. Made in a
 * process of its own, under Node's default flags, as the command line runs (V8 takes a cache only
 * under the flags it was made with).
 */
function writeCodeCache() {
  const seed = readdirSync(join(root, 'seeds')).filter((name) => name.endsWith('.txt')).sort()[0];
  const made = spawnSync(
    process.execPath,
    [
      '-e',
      `const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const [dist, file] = process.argv.slice(1);
const { loadCommandLine, CODE_CACHE } = require(join(dist, 'cli.js'));
process.argv = [process.argv[0], join(dist, 'cli.js'), 'recognize', file, '--json'];
const { script, commandLine } = loadCommandLine(dist, undefined);
commandLine.runCommandLine().then(() => {
  if (process.exitCode) throw new Error('recognize exited with ' + process.exitCode);
  writeFileSync(join(dist, CODE_CACHE), script.createCachedData());
});`,
      join(root, 'dist'),
      join(root, 'seeds', seed),
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (made.status !== 0) throw new Error(`the command line's code cache was not made: ${made.status ?? made.signal}`);
}

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  // Letters beyond ASCII as they are (the knowledge base's Cyrillic names), not as \uXXXX escapes
  // six bytes long: a seventh of the features bundle. Node reads every bundle as UTF-8.
  charset: 'utf8',
  logLevel: 'warning',
  plugins: [englishZodMessagesOnly, noZodFromJsonSchema, noZodCompiler, compressedKnowledgeBase],
};

// A code cache is made for the bundle it sits beside: none is left from an earlier build.
rmSync(join(root, 'dist/cliMain.js.cache'), { force: true });
await Promise.all([
  // Two bundles for the extension: a small one that activation loads, and the features, which it
  // loads from beside itself when they are first needed (see src/extension.ts).
  esbuild.build({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', './features.js'] }),
  esbuild.build({ ...common, entryPoints: ['src/features.ts'], outfile: 'dist/features.js', external: ['vscode'] }),
  // The command line: dist/cli.js runs dist/cliMain.js with V8's code for it (src/cli/launcher.ts).
  esbuild.build({ ...common, entryPoints: ['src/cli/launcher.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  esbuild.build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cliMain.js' }),
  // What a thread of `recognize --threads` runs, beside dist/cli.js: the recognizer without the commands.
  esbuild.build({ ...common, entryPoints: ['src/cli/recognizeWorker.ts'], outfile: 'dist/recognizeWorker.js' }),
]);
chmodSync(join(root, 'dist/cli.js'), 0o755);
writeCodeCache();

// The schemas module runs once here, straight from its bundle.
const schemaBundle = await esbuild.build({ ...common, entryPoints: ['src/core/schemas/jsonSchemas.ts'], write: false, sourcemap: false });
const module = { exports: {} };
new Function('module', 'exports', 'require', schemaBundle.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
mkdirSync(join(root, 'schemas'), { recursive: true });
for (const [name, schema] of Object.entries(module.exports.jsonSchemas())) {
  writeFileSync(join(root, 'schemas', name), `${JSON.stringify(schema, null, 2)}\n`);
}
