// The `aliases:` section of a workspace knowledge-base file: names added to entities defined
// elsewhere, read name by name with problems at their line, applied to the knowledge base, and
// written through the yaml Document so that comments survive.
import * as assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020';
import { parse } from 'yaml';
import { addAliasToKnowledgeBaseFile, addEntityToKnowledgeBaseFile, slugId } from '../../src/core/knowledgeBase/editFile';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { loadKnowledgeBaseFile } from '../../src/core/knowledgeBase/loadFile';
import { withWorkspaceFile } from '../../src/core/knowledgeBase/workspaceFile';
import { formatProblem } from '../../src/core/problems';
import { Recognizer } from '../../src/core/recognizer/recognizer';
import { jsonSchemas } from '../../src/core/schemas/jsonSchemas';
import { readYamlPieces } from '../../src/core/yaml/pieces';
import { transliterateCyrillic } from '../../src/core/text/transliterate';

const FILE = '.news-annotator/knowledge-base.yaml';
const LUKASHENKO = 'person:alexander-lukashenko';

/** Where `needle` is in `text`, as `line:column` (1-based), the first time it is on line `line`. */
function at(text: string, line: number, needle: string): string {
  const column = text.split('\n')[line - 1].indexOf(needle);
  assert.ok(column >= 0, `"${needle}" is on line ${line}`);
  return `${line}:${column + 1}`;
}

function recognizedIds(file: string, sentence: string): [string, string | undefined][] {
  const { knowledgeBase } = withWorkspaceFile(file, FILE);
  return new Recognizer(knowledgeBase).recognize(sentence, { candidates: false }).map((m) => [m.text, m.id]);
}

describe('the aliases section of a workspace knowledge base', () => {
  it('adds names to a bundled entity without copying it, and the recognizer finds them', () => {
    const text = ['version: 1', 'aliases:', `  "${LUKASHENKO}": { en: [Belarusian leader], ru: [Батька] }`, ''].join('\n');
    const loaded = loadKnowledgeBaseFile(text, FILE);
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.entities, [], 'no entity is defined, so none is frozen');
    const bundled = bundledKnowledgeBase().get(LUKASHENKO)!;
    const { knowledgeBase } = withWorkspaceFile(text, FILE);
    const entity = knowledgeBase.get(LUKASHENKO)!;
    assert.deepEqual(entity.aliases.en, [...bundled.aliases.en, 'Belarusian leader']);
    assert.deepEqual(entity.aliases.ru, [...bundled.aliases.ru, 'Батька']);
    assert.deepEqual({ ...entity, aliases: bundled.aliases }, bundled, 'everything else is the bundled entry');
    assert.deepEqual(recognizedIds(text, 'The Belarusian leader met Батька.'), [
      ['Belarusian leader', LUKASHENKO],
      ['Батька', LUKASHENKO],
    ]);
  });

  it('reads the same from the fast reader and from the yaml package, with keys quoted or not', () => {
    const quoted = ['aliases:', `  "${LUKASHENKO}": { en: [Bat'ka] }`, `  'place:minsk': { it: [Minsk città] }`, ''].join('\n');
    assert.ok(readYamlPieces(quoted), 'quoted keys are read by the fast reader');
    const plain = ['aliases:', `  ${LUKASHENKO}: { en: [Bat'ka] }`, `  place:minsk: { it: [Minsk città] }`, ''].join('\n');
    for (const text of [quoted, plain]) {
      const fast = loadKnowledgeBaseFile(text, FILE);
      const slow = loadKnowledgeBaseFile(text, FILE, { fastReader: false });
      assert.deepEqual(fast, slow);
      assert.deepEqual(
        fast.aliases.map((a) => [a.entity, a.language, a.name, a.line]),
        [
          [LUKASHENKO, 'en', "Bat'ka", 2],
          ['place:minsk', 'it', 'Minsk città', 3],
        ],
      );
    }
  });

  it('reports an id, a language or a name that is not one at its line and field, and keeps the rest', () => {
    const text = [
      'version: 1',
      'aliases:',
      '  "Lukashenko": { en: [Luka] }',
      `  "${LUKASHENKO}":`,
      '    english: [Lukas]',
      '    en: [" ", Bat\'ka, 42]',
      '  "place:minsk": [Minsk]',
      '',
    ].join('\n');
    const loaded = loadKnowledgeBaseFile(text, FILE);
    assert.deepEqual(loaded.problems.map(formatProblem), [
      `${FILE}:${at(text, 3, '"Lukashenko"')}: error: aliases.Lukashenko: "Lukashenko" is not an entity id such as person:vladimir-putin; its names are left out`,
      `${FILE}:${at(text, 5, 'english')}: error: aliases.${LUKASHENKO}.english: "english" is not a language tag such as en, it, ru or ru-Latn; its names are left out`,
      `${FILE}:${at(text, 6, '" "')}: error: aliases.${LUKASHENKO}.en[0]: an alias is empty; it is left out, the other names are used`,
      `${FILE}:${at(text, 6, '42')}: error: aliases.${LUKASHENKO}.en[2]: expected a name; it is left out, the other names are used`,
      `${FILE}:${at(text, 7, '[Minsk]')}: error: aliases.place:minsk: expected names per language, such as { en: [Putin] }; they are left out`,
    ]);
    assert.deepEqual(loaded.aliases.map((a) => `${a.entity} ${a.name}`), [`${LUKASHENKO} Bat'ka`]);
    assert.deepEqual(
      loadKnowledgeBaseFile('aliases: [Luka]\n', FILE).problems.map(formatProblem),
      [`${FILE}:1:${'aliases: '.length + 1}: error: aliases: expected a mapping from entity ids to names per language, such as "person:vladimir-putin": { en: [Putin] }`],
    );
  });

  it('warns of names for an entity that is not there, or removed, and of names the recognizer would not use', () => {
    const text = [
      'remove: [place:minsk]',
      'entities:',
      '  - { id: "person:mario-rossi", type: person, name: Mario Rossi }',
      'aliases:',
      '  "person:nobody-at-all": { en: [Nobody] }',
      '  "place:minsk": { en: [Mensk] }',
      `  "${LUKASHENKO}": { en: [the, Lukashenko, A., Luka, B] }`,
      '  "person:mario-rossi": { it: [Rossi] }',
      '',
    ].join('\n');
    const { knowledgeBase, problems } = withWorkspaceFile(text, FILE);
    assert.deepEqual(problems.map(formatProblem), [
      `${FILE}:${at(text, 5, 'Nobody')}: warning: aliases.person:nobody-at-all.en[0]: there is no entity person:nobody-at-all in the knowledge base; the name "Nobody" is left out`,
      `${FILE}:${at(text, 6, 'Mensk')}: warning: aliases.place:minsk.en[0]: there is no entity place:minsk in the knowledge base; the name "Mensk" is left out`,
      `${FILE}:${at(text, 7, 'the')}: warning: aliases.${LUKASHENKO}.en[0]: the alias "the" of ${LUKASHENKO} (Alexander Lukashenko) is a common word in English, Italian or Russian, and would be found in every sentence; it is left out`,
      `${FILE}:${at(text, 7, 'A.')}: warning: aliases.${LUKASHENKO}.en[2]: the alias "A." of ${LUKASHENKO} (Alexander Lukashenko) has only one letter or digit; it is left out`,
      `${FILE}:${at(text, 7, 'B]')}: warning: aliases.${LUKASHENKO}.en[4]: the alias "B" of ${LUKASHENKO} (Alexander Lukashenko) has only one letter or digit; it is left out`,
    ]);
    const bundled = bundledKnowledgeBase().get(LUKASHENKO)!;
    assert.deepEqual(knowledgeBase.get(LUKASHENKO)!.aliases.en, [...bundled.aliases.en, 'Luka'], 'a name it already has is not added twice');
    assert.deepEqual(knowledgeBase.get('person:mario-rossi')!.aliases, { it: ['Rossi'] }, 'an entity of the same file takes names too');
  });

  it('is in the JSON Schema for editing the file by hand', () => {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(jsonSchemas()['knowledge-base.schema.json'] as object);
    assert.ok(validate(parse(`aliases:\n  "${LUKASHENKO}": { en: [Luka] }\n`)), JSON.stringify(validate.errors));
    assert.equal(validate(parse('aliases:\n  Lukashenko: { en: [Luka] }\n')), false, 'a key that is not an id is refused');
    assert.equal(validate(parse(`aliases:\n  "${LUKASHENKO}": { english: [Luka] }\n`)), false, 'a language that is not a tag is refused');
  });
});

describe('writing a name into the aliases section', () => {
  it('creates the file with the section when there is none, read back by the fast reader', () => {
    const result = addAliasToKnowledgeBaseFile(undefined, FILE, LUKASHENKO, 'en', 'Belarusian leader');
    assert.ok(result.ok);
    assert.match(result.text, /^aliases:\n {2}"person:alexander-lukashenko": \{ en: \[ Belarusian leader \] \}$/m);
    assert.ok(readYamlPieces(result.text), 'the fast reader reads what was written');
    const loaded = loadKnowledgeBaseFile(result.text, FILE);
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(recognizedIds(result.text, 'The Belarusian leader spoke.'), [['Belarusian leader', LUKASHENKO]]);
  });

  it('adds to the entity\'s names in the section, keeps the comments, and writes a name once', () => {
    const before = ['# our names', 'version: 1', 'entities: []', 'aliases:', '  # from the Minsk articles', `  "${LUKASHENKO}": { en: [Luka] }`, ''].join('\n');
    const once = addAliasToKnowledgeBaseFile(before, FILE, LUKASHENKO, 'ru', 'Батька');
    assert.ok(once.ok);
    const twice = addAliasToKnowledgeBaseFile(once.text, FILE, LUKASHENKO, 'ru', 'Батька');
    assert.ok(twice.ok);
    assert.equal(twice.text, once.text);
    const other = addAliasToKnowledgeBaseFile(once.text, FILE, 'place:minsk', 'it', 'Minsk città');
    assert.ok(other.ok);
    assert.match(other.text, /^# our names\n/);
    assert.match(other.text, /# from the Minsk articles\n/);
    const loaded = loadKnowledgeBaseFile(other.text, FILE);
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(
      loaded.aliases.map((a) => [a.entity, a.language, a.name]),
      [
        [LUKASHENKO, 'en', 'Luka'],
        [LUKASHENKO, 'ru', 'Батька'],
        ['place:minsk', 'it', 'Minsk città'],
      ],
    );
  });

  it('adds a name of an entity the file defines to that entity, in block or flow style', () => {
    const block = addEntityToKnowledgeBaseFile(undefined, FILE, { id: 'person:mario-rossi', type: 'person', name: 'Mario Rossi' });
    assert.ok(block.ok);
    const flow = 'entities:\n  - { id: "person:anna-bianchi", type: person, name: Anna Bianchi }\n';
    for (const [text, id] of [
      [block.text, 'person:mario-rossi'],
      [flow, 'person:anna-bianchi'],
    ] as const) {
      const result = addAliasToKnowledgeBaseFile(text, FILE, id, 'it', 'la ministra');
      assert.ok(result.ok);
      const loaded = loadKnowledgeBaseFile(result.text, FILE);
      assert.deepEqual(loaded.problems, []);
      assert.deepEqual(loaded.aliases, [], 'not in the section');
      assert.deepEqual(loaded.entities.find((e) => e.id === id)?.aliases, { it: ['la ministra'] });
    }
  });

  it('refuses a file it cannot read, and a name or id that is not one, leaving the text as it was', () => {
    const broken = addAliasToKnowledgeBaseFile('version: 1\naliases: {\n', FILE, LUKASHENKO, 'en', 'Luka');
    assert.equal(broken.ok, false);
    assert.equal(addAliasToKnowledgeBaseFile(undefined, FILE, 'Lukashenko', 'en', 'Luka').ok, false);
    assert.equal(addAliasToKnowledgeBaseFile(undefined, FILE, LUKASHENKO, 'en', ' L ').ok, false);
  });
});

describe('readable ids', () => {
  it('writes Cyrillic names in Latin letters', () => {
    assert.equal(transliterateCyrillic('Садыр Жапаров'), 'sadyr zhaparov');
    assert.equal(slugId('person', 'Садыр Жапаров', () => false), 'person:sadyr-zhaparov');
    assert.equal(slugId('person', 'Эмомали Рахмон', () => false), 'person:emomali-rakhmon');
    assert.equal(slugId('organization', 'ОДКБ', () => false), 'organization:odkb');
    assert.equal(slugId('place', 'Щучинщина', () => false), 'place:shchuchinshchina');
    assert.equal(slugId('person', 'Аляксандр Лукашэнка', (id) => id === 'person:alyaksandr-lukashenka'), 'person:alyaksandr-lukashenka-2');
    assert.equal(slugId('person', 'Қасым-Жомарт Тоқаев', () => false), 'person:qasym-zhomart-toqaev');
  });
});
