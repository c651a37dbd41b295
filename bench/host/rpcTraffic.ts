// The workbench's own requests to the extension host, read from the browser's side of the
// connection: the time from the editor sending a request to its reply arriving. This is how the
// editor gets semantic tokens (with the tokens it already has, so that the extension may answer
// with what changed), which no API call reproduces: vscode.provideDocumentSemanticTokens always
// asks for all of them, and carries them across twice.
//
// The connection carries VS Code's persistent protocol: messages with a 13-byte header (type,
// id, ack, size; big-endian), the regular ones (type 1) holding RPC messages: a type byte, a
// request number, then for a request the target's byte and the method name, length first.
import type { CDPSession, Page } from 'playwright-core';

const HEADER = 13;
const REGULAR = 1;
/** RPC message types: requests are 1-4, replies 7-12. */
const isRequest = (type: number) => type >= 1 && type <= 4;
const isReply = (type: number) => type >= 7 && type <= 12;

interface RpcMessage {
  /** Browser time (ms) of the frame that completed it. */
  at: number;
  type: number;
  request: number;
  method?: string;
  bytes: Buffer;
}

interface FramePayload {
  requestId: string;
  timestamp: number;
  response: { opcode: number; payloadData: string };
}

/** Cuts one direction of one socket into protocol messages, across frames. */
class Stream {
  private pending: Buffer = Buffer.alloc(0);
  readonly messages: RpcMessage[] = [];

  push(at: number, data: Buffer): void {
    this.pending = this.pending.length === 0 ? data : Buffer.concat([this.pending, data]);
    while (this.pending.length >= HEADER) {
      const size = this.pending.readUInt32BE(9);
      if (this.pending.length < HEADER + size) break;
      const type = this.pending[0];
      const body = this.pending.subarray(HEADER, HEADER + size);
      this.pending = this.pending.subarray(HEADER + size);
      if (type !== REGULAR || body.length < 5) continue;
      const message: RpcMessage = { at, type: body[0], request: body.readUInt32BE(1), bytes: body };
      if (isRequest(message.type) && body.length > 7) message.method = body.subarray(7, 7 + body[6]).toString('latin1');
      this.messages.push(message);
    }
  }
}

export class RpcTraffic {
  private readonly streams = new Map<string, Stream>();

  private constructor(private readonly session: CDPSession) {}

  /** Starts reading the page's WebSocket frames; call before the workbench loads. */
  static async watch(page: Page): Promise<RpcTraffic> {
    const session = await page.context().newCDPSession(page);
    const traffic = new RpcTraffic(session);
    await session.send('Network.enable');
    session.on('Network.webSocketFrameSent', (e: FramePayload) => traffic.frame(e, 'sent'));
    session.on('Network.webSocketFrameReceived', (e: FramePayload) => traffic.frame(e, 'received'));
    return traffic;
  }

  private frame(e: FramePayload, direction: 'sent' | 'received'): void {
    if (e.response.opcode !== 2) return; // binary frames only
    const key = `${e.requestId}:${direction}`;
    let stream = this.streams.get(key);
    if (!stream) this.streams.set(key, (stream = new Stream()));
    stream.push(e.timestamp * 1000, Buffer.from(e.response.payloadData, 'base64'));
  }

  /**
   * For each request the workbench sent for `method` whose arguments hold `needle`: the time until
   * its reply arrived, and the reply's size in bytes.
   */
  latencies(method: string, needle: string): { ms: number; replyBytes: number }[] {
    const results: { ms: number; replyBytes: number }[] = [];
    for (const [key, sent] of this.streams) {
      if (!key.endsWith(':sent')) continue;
      const received = this.streams.get(key.replace(/:sent$/, ':received'));
      if (!received) continue;
      const replies = new Map(received.messages.filter((m) => isReply(m.type)).map((m) => [m.request, m]));
      for (const request of sent.messages) {
        if (request.method !== method || !request.bytes.includes(needle)) continue;
        const reply = replies.get(request.request);
        if (reply) results.push({ ms: reply.at - request.at, replyBytes: reply.bytes.length });
      }
    }
    return results;
  }

  async dispose(): Promise<void> {
    await this.session.detach().catch(() => undefined);
  }
}
