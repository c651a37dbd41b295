import * as assert from 'node:assert/strict';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { formatProblem, loadKnowledgeBaseFile } from '../../src/core/knowledgeBase/loadFile';
import { withWorkspaceFile } from '../../src/core/workspaceKnowledgeBase';

const FILE = '.news-annotator/knowledge-base.yaml';

describe('workspace knowledge-base files', () => {
  it('loads valid entities', () => {
    const loaded = loadKnowledgeBaseFile(
      ['version: 1', 'entities:', '  - id: person:mario-rossi', '    type: person', '    name: Mario Rossi', '    aliases: { it: [Rossi] }', ''].join('\n'),
      FILE,
    );
    assert.deepEqual(loaded.problems, []);
    assert.equal(loaded.entities[0].id, 'person:mario-rossi');
  });

  it('names the file, line and field of an invalid entry, and keeps the valid ones', () => {
    const text = [
      'version: 1',
      'entities:',
      '  - id: person:mario-rossi',
      '    type: person',
      '    name: Mario Rossi',
      '  - id: person:anna-bianchi',
      '    type: person',
      '    name: Anna Bianchi',
      '    roles:',
      '      - role: Minister',
      '        start: 2024-13-01',
      '',
    ].join('\n');
    const loaded = loadKnowledgeBaseFile(text, FILE);
    assert.deepEqual(loaded.entities.map((e) => e.id), ['person:mario-rossi']);
    assert.equal(loaded.problems.length, 1);
    const [problem] = loaded.problems;
    assert.equal(problem.line, 11);
    assert.equal(problem.field, 'entities[1].roles[0].start');
    assert.match(formatProblem(problem), /^\.news-annotator\/knowledge-base\.yaml:11:16: error: entities\[1\]\.roles\[0\]\.start: expected a date/);
  });

  it('reports a YAML syntax error at its line and uses nothing from the file', () => {
    const loaded = loadKnowledgeBaseFile('version: 1\nentities:\n  - id: person:x\n    name: [unclosed\n', FILE);
    assert.equal(loaded.entities.length, 0);
    assert.ok(loaded.problems.length > 0);
    assert.ok(loaded.problems[0].line >= 4, `line ${loaded.problems[0].line}`);
  });

  it('reports an unknown type, a wrong id prefix and unknown keys by field', () => {
    const loaded = loadKnowledgeBaseFile(
      ['entities:', '  - id: place:mario', '    type: person', '    name: Mario', '    colour: red', '  - id: thing:x', '    type: thing', '    name: X', ''].join('\n'),
      FILE,
    );
    const fields = loaded.problems.map((p) => `${p.line}:${p.field}`);
    assert.ok(fields.includes('2:entities[0].id'), fields.join(' '));
    assert.ok(fields.some((f) => f.startsWith('2:entities[0]') || f.startsWith('5:entities[0].colour')), fields.join(' '));
    assert.ok(fields.some((f) => f.endsWith('entities[1].type')), fields.join(' '));
  });

  it('reports a duplicate id in the same file', () => {
    const loaded = loadKnowledgeBaseFile(
      ['entities:', '  - { id: "person:x-y", type: person, name: X Y }', '  - { id: "person:x-y", type: person, name: X Z }', ''].join('\n'),
      FILE,
    );
    assert.equal(loaded.entities.length, 1);
    assert.equal(loaded.problems[0].line, 3);
    assert.match(loaded.problems[0].message, /duplicate id/);
  });

  it('refuses a YAML alias bomb instead of expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]', 'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]', ''].join('\n');
    const loaded = loadKnowledgeBaseFile(bomb, FILE);
    assert.equal(loaded.entities.length, 0);
    assert.ok(loaded.problems.length > 0);
  });

  it('adds to the bundled knowledge base, overrides by id, and removes', () => {
    const bundled = bundledKnowledgeBase();
    const someId = [...bundled.entities()][0]?.id;
    const text = [
      'entities:',
      '  - { id: "person:mario-rossi", type: person, name: Mario Rossi }',
      ...(someId ? [`remove: ["${someId}"]`] : []),
      '',
    ].join('\n');
    const { knowledgeBase, problems } = withWorkspaceFile(text, FILE, bundled);
    assert.deepEqual(problems, []);
    assert.equal(knowledgeBase.get('person:mario-rossi')?.name, 'Mario Rossi');
    if (someId) assert.equal(knowledgeBase.get(someId), undefined);
    assert.equal(knowledgeBase.size, bundled.size + 1 - (someId ? 1 : 0));
  });
});
