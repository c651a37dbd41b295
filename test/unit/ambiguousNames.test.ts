import * as assert from 'node:assert/strict';
import { IncrementalRecognizer } from '../../src/core/recognizer/incremental';
import { bundledRecognizer } from './namesFound';

const recognizer = bundledRecognizer();
const ids = (text: string, name: string) => recognizer.recognize(text).filter((m) => m.text === name).map((m) => m.id);

describe('a name of two entities, read in its context', () => {
  it('is the seat, not the institution it houses, where the text sets something in it', () => {
    assert.deepEqual(ids('The leaders gathered at the Kremlin for the session.', 'Kremlin'), ['place:moscow-kremlin']);
    assert.deepEqual(ids('Лидеры собрались в Кремле на сессию.', 'Кремле'), ['place:moscow-kremlin']);
    assert.deepEqual(ids('I leader si sono riuniti al Cremlino.', 'Cremlino'), ['place:moscow-kremlin']);
    // Italian writes the place after "presso" and an elided "all'", "nell'" too.
    assert.deepEqual(ids("Tokayev ha ricevuto il ministro all'Akorda.", 'Akorda'), ['place:akorda']);
    assert.deepEqual(ids("Tokayev ha ricevuto il ministro presso l'Akorda.", 'Akorda'), ['place:akorda']);
    // Palazzo Chigi as the Kremlin: the government, and the palace after a preposition of place, the Italian "a" too.
    assert.deepEqual(ids("L'iniziativa di Palazzo Chigi; una riunione a Palazzo Chigi.", 'Palazzo Chigi'), ['organization:italy-presidency-of-the-council', 'place:palazzo-chigi']);
    // After the building's noun it is the building, where it is not after a preposition of place.
    assert.deepEqual(ids('Il vertice si terrà nel palazzo presidenziale Akorda.', 'Akorda'), ['place:akorda']);
    assert.deepEqual(ids('The talks opened at the presidential palace Akorda; Akorda said they went well.', 'Akorda'), ['place:akorda', 'organization:kazakhstan-presidential-administration']);
    assert.deepEqual(ids('Incontro presso il Cremlino.', 'Cremlino'), ['place:moscow-kremlin']);
    // The White House likewise: the site where leaders meet, the presidency where it speaks.
    assert.deepEqual(ids('Aliyev and Pashinyan met at the White House.', 'White House'), ['place:white-house']);
    assert.deepEqual(ids("L'incontro alla Casa Bianca.", 'Casa Bianca'), ['place:white-house']);
    assert.deepEqual(ids('The White House said the talks went well.', 'White House'), ['organization:united-states-executive-office-of-the-president']);
    // The institution where it acts or speaks, also "in" it.
    assert.deepEqual(ids('The Kremlin said the talks went well.', 'Kremlin'), ['organization:russia-presidential-administration']);
    assert.deepEqual(ids('Kremlin spokesman Dmitry Peskov spoke.', 'Kremlin'), ['organization:russia-presidential-administration']);
    assert.deepEqual(ids('He sought concessions from the Kremlin.', 'Kremlin'), ['organization:russia-presidential-administration']);
    assert.deepEqual(ids('В Кремле заявили, что встреча состоится.', 'Кремле'), ['organization:russia-presidential-administration']);
    assert.deepEqual(ids('Al Cremlino hanno detto che il vertice è utile.', 'Cremlino'), ['organization:russia-presidential-administration']);
    // A sentence the seat opens speaks for the institution with its verb further on in the clause; elsewhere the verb is the people's.
    assert.deepEqual(ids('В Кремле отсутствие Пашиняна комментировали сдержанно.', 'Кремле'), ['organization:russia-presidential-administration']);
    assert.deepEqual(ids('Лидеры встретились в Кремле и заявили о согласии.', 'Кремле'), ['place:moscow-kremlin']);
    // A verb of saying in the impersonal plural before it, or a verb of seeing or waiting after it, speaks for the institution too.
    assert.deepEqual(ids('Как пояснили в Кремле, визит не планируется.', 'Кремле'), ['organization:russia-presidential-administration']);
    assert.deepEqual(ids('Угрозы в Кремле не видят.', 'Кремле'), ['organization:russia-presidential-administration']);
    // … and a verb of judging what was done: welcoming, condemning, supporting.
    assert.deepEqual(ids('В Кремле приветствовали подписание договора.', 'Кремле'), ['organization:russia-presidential-administration']);
    assert.deepEqual(ids('Договор подписали в Минске, а в Кремле подписание приветствовали.', 'Кремле'), ['organization:russia-presidential-administration']);
    assert.deepEqual(ids('Путин провёл совещание в Кремле.', 'Кремле'), ['place:moscow-kremlin']);
    // … and of keeping silent or confirming; what took place there is the building's.
    assert.deepEqual(ids('В Кремле отказались от комментариев.', 'Кремле'), ['organization:russia-presidential-administration']);
    assert.deepEqual(ids('В Кремле пока воздерживаются от оценок, а в Кремле не комментируют отставку.', 'Кремле'), ['organization:russia-presidential-administration', 'organization:russia-presidential-administration']);
    assert.deepEqual(ids('В Кремле прошли переговоры.', 'Кремле'), ['place:moscow-kremlin']);
    // The other stays among the alternatives the hover card offers.
    assert.deepEqual(recognizer.recognize('Talks at the Kremlin.')[0].alternatives, ['organization:russia-presidential-administration']);
  });

  it('is the place in the country its line names nearest, else the knowledge base’s first', () => {
    assert.deepEqual(ids('ASTANA (AP) — Tokayev hosted Putin at the Palace of Independence.', 'Palace of Independence'), ['place:palace-of-independence-astana']);
    assert.deepEqual(ids('Токаев принял Путина во Дворце независимости в Астане.', 'Дворце независимости'), ['place:palace-of-independence-astana']);
    assert.deepEqual(ids("Tokayev ha ricevuto Putin al Palazzo dell'Indipendenza di Astana.", "Palazzo dell'Indipendenza"), ['place:palace-of-independence-astana']);
    assert.deepEqual(ids('МИНСК — Лукашенко принял гостей во Дворце Независимости.', 'Дворце Независимости'), ['place:palace-of-independence']);
    assert.deepEqual(ids('Lukashenko met him at the Palace of Independence.', 'Palace of Independence'), ['place:palace-of-independence']);
    // A place after the name counts in its clause only; one before it, anywhere in its line.
    assert.deepEqual(ids('Саммит ОДКБ прошёл в Минске. Лукашенко принимал гостей во Дворце Независимости. Следующий саммит пройдёт в Астане.', 'Дворце Независимости'), ['place:palace-of-independence']);
    assert.deepEqual(ids('Лукашенко принял гостей во Дворце Независимости, а затем вылетел в Астану.', 'Дворце Независимости'), ['place:palace-of-independence']);
    // A body of one name in two organizations: the one of the organization named nearest.
    assert.deepEqual(ids('Лидеры ШОС собрались в Тяньцзине, и Совет глав государств принял декларацию.', 'Совет глав государств'), ['organization:sco-heads-of-state-council']);
    assert.deepEqual(ids('Il vertice della CSI a Dušanbe: il Consiglio dei capi di Stato ha approvato.', 'Consiglio dei capi di Stato'), ['organization:cis-council-of-heads-of-state']);
    assert.deepEqual(ids('Il vertice della SCO: il Consiglio dei capi di Stato ha approvato.', 'Consiglio dei capi di Stato'), ['organization:sco-heads-of-state-council']);
    // "Secretariat" alone: the SCO's after the SCO in its line, else the CSTO's.
    assert.deepEqual(ids('The SCO summit opened in Tianjin. The Secretariat said the talks went well.', 'Secretariat'), ['organization:sco-secretariat']);
    assert.deepEqual(ids('The CSTO summit opened in Minsk. The Secretariat said the talks went well.', 'Secretariat'), ['organization:csto-secretariat']);
    // A place on another line says nothing of it.
    assert.deepEqual(ids('ASTANA\nLukashenko met him at the Palace of Independence.', 'Palace of Independence'), ['place:palace-of-independence']);
    // Where no place in the line tells, the country of the person named nearest does; a place still comes first.
    assert.deepEqual(ids('Tokayev hosted the leaders at the Palace of Independence.', 'Palace of Independence'), ['place:palace-of-independence-astana']);
    assert.deepEqual(ids('Токаев принял лидеров во Дворце независимости.', 'Дворце независимости'), ['place:palace-of-independence-astana']);
    assert.deepEqual(ids('In Minsk, Tokayev was received at the Palace of Independence.', 'Palace of Independence'), ['place:palace-of-independence']);
  });

  it('is read the same piece by piece as in the whole text', () => {
    const text = 'ASTANA, Nov 28 (AP)\n\nTokayev hosted Putin at the Palace of Independence.\n\nThey met at the Kremlin in 2023.\n';
    assert.deepEqual(new IncrementalRecognizer(recognizer).recognize(text, {}).mentions, recognizer.recognize(text));
  });
});
