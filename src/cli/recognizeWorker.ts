// A thread of `recognize` on several cores (parallelRecognize.ts). A bundle of its own
// (dist/recognizeWorker.js), holding the recognizer and the knowledge base and none of the
// commands: a thread starts sooner when it has less to load.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { serveParts, type WorkerData } from './parallelRecognize';

if (!isMainThread && parentPort) serveParts(parentPort, workerData as WorkerData);
