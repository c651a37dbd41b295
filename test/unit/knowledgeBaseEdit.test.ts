import * as assert from 'node:assert/strict';
import { addEntityToKnowledgeBaseFile, slugId } from '../../src/core/knowledgeBase/editFile';
import { loadKnowledgeBaseFile } from '../../src/core/knowledgeBase/loadFile';

const FILE = '.news-annotator/knowledge-base.yaml';
const person = { id: 'person:mario-rossi', type: 'person' as const, name: 'Mario Rossi', aliases: { it: ['Rossi'] }, roles: [{ role: 'Ambassador', country: 'place:italy' }] };

describe('adding a name to the workspace knowledge base', () => {
  it('creates the file when there is none, and the entity loads back', () => {
    const result = addEntityToKnowledgeBaseFile(undefined, FILE, person);
    assert.ok(result.ok);
    const loaded = loadKnowledgeBaseFile(result.text, FILE);
    assert.deepEqual(loaded.problems, []);
    assert.equal(loaded.entities[0].name, 'Mario Rossi');
    assert.deepEqual(loaded.entities[0].type === 'person' && loaded.entities[0].roles, [{ role: 'Ambassador', country: 'place:italy' }]);
  });

  it('appends to an existing file and keeps its comments and entries', () => {
    const before = '# our own names\nversion: 1\nentities:\n  # checked\n  - { id: "person:anna-bianchi", type: person, name: Anna Bianchi }\n';
    const result = addEntityToKnowledgeBaseFile(before, FILE, person);
    assert.ok(result.ok);
    assert.match(result.text, /^# our own names\n/);
    assert.match(result.text, /# checked\n/);
    assert.deepEqual(loadKnowledgeBaseFile(result.text, FILE).entities.map((e) => e.id), ['person:anna-bianchi', 'person:mario-rossi']);
  });

  it('refuses a file it cannot read, and an id that is already there, leaving the text as it was', () => {
    const broken = 'version: 1\nentities: [\n';
    const refused = addEntityToKnowledgeBaseFile(broken, FILE, person);
    assert.equal(refused.ok, false);
    const once = addEntityToKnowledgeBaseFile(undefined, FILE, person);
    assert.ok(once.ok);
    const twice = addEntityToKnowledgeBaseFile(once.text, FILE, person);
    assert.equal(twice.ok, false);
    if (!twice.ok) assert.match(twice.problems[0].message, /already in the file/);
  });

  it('makes readable ids, unique against those taken', () => {
    assert.equal(slugId('person', 'Sagynbek Abdumutalip', () => false), 'person:sagynbek-abdumutalip');
    assert.equal(slugId('place', 'Biškek', () => false), 'place:biskek');
    assert.equal(slugId('person', 'Mario Rossi', (id) => id === 'person:mario-rossi'), 'person:mario-rossi-2');
  });
});
