// Where an article's fact file is. Kept apart from the schema so that code which only needs the
// name (the extension's startup) does not load zod.

export const SIDECAR_SUFFIX = '.facts.yaml';

export function sidecarPathFor(articlePath: string): string {
  return articlePath.replace(/\.[^./\\]*$/, '') + SIDECAR_SUFFIX;
}

export function isSidecarPath(path: string): boolean {
  return path.endsWith(SIDECAR_SUFFIX);
}
