// An export's output held in memory: the single-file formats' text, and each file a folder format
// writes (a file written twice is an error: each must be written once).
import * as assert from 'node:assert/strict';
import type { ExportOutput } from '../../src/core/workspace/files';

export class MemoryOutput implements ExportOutput {
  text = '';
  readonly files = new Map<string, string>();
  async write(chunk: string): Promise<void> {
    this.text += chunk;
  }
  async writeFile(relativePath: string, content: string): Promise<void> {
    assert.ok(!this.files.has(relativePath), `${relativePath} written twice`);
    this.files.set(relativePath, content);
  }
}
