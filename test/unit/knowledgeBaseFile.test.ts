import * as assert from 'node:assert/strict';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { formatProblem } from '../../src/core/problems';
import { loadKnowledgeBaseFile } from '../../src/core/knowledgeBase/loadFile';
import { Recognizer } from '../../src/core/recognizer/recognizer';
import { withWorkspaceFile } from '../../src/core/knowledgeBase/workspaceFile';

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

  it('leaves out only the ids of a remove list that are not ids, and removes the others', () => {
    const bundled = bundledKnowledgeBase();
    const text = ['version: 1', 'remove:', '  - person:vladimir-putin', '  - Lukashenko', '  - place:minsk', 'entities: []', ''].join('\n');
    const { knowledgeBase, problems } = withWorkspaceFile(text, FILE, bundled);
    assert.deepEqual(problems.map(formatProblem), [
      `${FILE}:4:5: error: remove[1]: expected an id such as person:vladimir-putin; it is left out, the other ids are removed`,
    ]);
    assert.equal(knowledgeBase.get('person:vladimir-putin'), undefined);
    assert.equal(knowledgeBase.get('place:minsk'), undefined);
    assert.ok(knowledgeBase.get('person:alexander-lukashenko'), 'nothing else is removed');
    assert.equal(knowledgeBase.size, bundled.size - 2);
  });

  it('refuses aliases that are punctuation, one letter or a common word, naming the entity, and keeps the rest', () => {
    const text = [
      'version: 1',
      'entities:',
      '  - id: person:mario-in',
      '    type: person',
      '    name: Mario In',
      '    aliases: { en: [in, Mario, IN, The, A.], it: [di, "--"], ru: [Его, Марио] }',
      '  - id: place:nowhere',
      '    type: place',
      '    kind: state',
      '    name: Nowhere',
      '    demonyms: { en: [the, Nowherean] }',
      '',
    ].join('\n');
    const loaded = loadKnowledgeBaseFile(text, FILE);
    const column = (needle: string, line = 6) => text.split('\n')[line - 1].indexOf(needle) + 1;
    const common = 'is a common word in English, Italian or Russian, and would be found in every sentence; it is left out, the rest of the entity is used';
    assert.deepEqual(loaded.problems.map(formatProblem), [
      `${FILE}:6:${column('in,')}: warning: entities[0].aliases.en[0]: the alias "in" of person:mario-in (Mario In) ${common}`,
      `${FILE}:6:${column('IN')}: warning: entities[0].aliases.en[2]: the alias "IN" of person:mario-in (Mario In) ${common}`,
      `${FILE}:6:${column('The')}: warning: entities[0].aliases.en[3]: the alias "The" of person:mario-in (Mario In) ${common}`,
      `${FILE}:6:${column('A.')}: warning: entities[0].aliases.en[4]: the alias "A." of person:mario-in (Mario In) has only one letter or digit; it is left out, the rest of the entity is used`,
      `${FILE}:6:${column('di')}: warning: entities[0].aliases.it[0]: the alias "di" of person:mario-in (Mario In) ${common}`,
      `${FILE}:6:${column('"--"')}: warning: entities[0].aliases.it[1]: the alias "--" of person:mario-in (Mario In) has no letter or digit; it is left out, the rest of the entity is used`,
      `${FILE}:6:${column('Его')}: warning: entities[0].aliases.ru[0]: the alias "Его" of person:mario-in (Mario In) ${common}`,
      `${FILE}:11:${column('the', 11)}: warning: entities[1].demonyms.en[0]: the demonym "the" of place:nowhere (Nowhere) ${common}`,
    ]);
    const [mario, nowhere] = loaded.entities;
    assert.deepEqual(mario.aliases, { en: ['Mario'], it: [], ru: ['Марио'] });
    assert.deepEqual(nowhere.type === 'place' && nowhere.demonyms, { en: ['Nowherean'] });
    // "in" in any case is left alone; the entity's other names still work.
    const { knowledgeBase } = withWorkspaceFile(text, FILE);
    const found = new Recognizer(knowledgeBase).recognize('Mario In arrived IN MINSK in the morning; Марио di sera, A. Rossi, его.', { candidates: false });
    assert.deepEqual(found.map((m) => [m.text, m.id]), [['Mario In', 'person:mario-in'], ['MINSK', 'place:minsk'], ['Марио', 'person:mario-in']]);
  });

  it('keeps a common word written in capitals as the initials of the entity\'s name, and refuses a name that is a common word', () => {
    const text = [
      'entities:',
      '  - { id: "organization:union-of-nowhere", type: organization, kind: other, name: Union of Nowhere, aliases: { en: [UN, US] } }',
      '  - { id: "person:tuo", type: person, name: Tuo, aliases: { it: [Aldo Tuo] } }',
      '',
    ].join('\n');
    const loaded = loadKnowledgeBaseFile(text, FILE);
    assert.deepEqual(
      loaded.problems.map((p) => `${p.line}:${p.field}: ${p.message}`),
      [
        '2:entities[0].aliases.en[1]: the alias "US" of organization:union-of-nowhere (Union of Nowhere) is a common word in English, Italian or Russian, and would be found in every sentence; it is left out, the rest of the entity is used',
        '3:entities[1].name: the name "Tuo" of person:tuo (Tuo) is a common word in English, Italian or Russian, and would be found in every sentence; the entity is kept, but is not recognized by its name',
      ],
    );
    assert.deepEqual(loaded.entities.map((e) => e.id), ['organization:union-of-nowhere', 'person:tuo']);
    const { knowledgeBase } = withWorkspaceFile(text, FILE);
    const found = new Recognizer(knowledgeBase).recognize('Il tuo amico Aldo Tuo; la UN e gli US; un giorno.', { candidates: false });
    assert.deepEqual(found.map((m) => [m.text, m.id, m.alternatives]), [
      ['Aldo Tuo', 'person:tuo', undefined],
      ['UN', 'organization:union-of-nowhere', ['organization:united-nations']],
      ['US', 'place:united-states', undefined],
    ]);
  });
});
