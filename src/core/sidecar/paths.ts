// Where an article's fact file is. Kept apart from the schema so that code which only needs the
// name (the extension's startup) does not load zod.

export const SIDECAR_SUFFIX = '.facts.yaml';
/** Every fact file of a workspace, as a glob, and the folders a workspace scan leaves out. */
export const SIDECAR_GLOB = `**/*${SIDECAR_SUFFIX}`;
export const SIDECAR_SCAN_EXCLUDE = '{**/node_modules/**,**/.git/**}';

export function sidecarPathFor(articlePath: string): string {
  return articlePath.replace(/\.[^./\\]*$/, '') + SIDECAR_SUFFIX;
}

export function isSidecarPath(path: string): boolean {
  return path.endsWith(SIDECAR_SUFFIX);
}
