// The HTTP load of the API benchmarks: `connections` keep-alive sockets, each sending its next request as soon
// as the previous response has been read (a closed loop), for `seconds`.
//
// It does only what such a client must: write the request, find the end of the response by its Content-Length,
// check the status. The benchmarks run the load, the server and Neo4j on the same small machine, so what the
// client spends is taken from the server. On the 2-core benchmark machine autocannon spent 0.12–0.16 ms of CPU
// a lookup (this client 0.05), and the latencies it recorded carried its own event loop's delays: against one
// newsgraph server, in alternating 8 s runs, autocannon's p99 was 25–34 ms where this client's was 16–21 ms.
import { connect, type Socket } from 'node:net';

export interface Load {
  port: number;
  path: string;
  /** The JSON body of each request: called once a request. */
  body: () => string;
  seconds: number;
  connections: number;
}

export interface LoadResult {
  /** Milliseconds from writing each request to reading the last byte of its response, in the order they ended. */
  latencies: number[];
  /** Responses other than 200, and connections that failed (a failed connection sends no more). */
  errors: number;
  /** Wall-clock seconds from the first request to the last response. */
  elapsed: number;
}

const headerEnd = Buffer.from('\r\n\r\n');

export async function closedLoop(load: Load): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + load.seconds * 1000;
  const request = () => {
    const body = load.body();
    return `POST ${load.path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  };
  await Promise.all(
    Array.from({ length: load.connections }, () =>
      new Promise<void>((done, fail) => {
        const socket: Socket = connect(load.port, '127.0.0.1');
        socket.setNoDelay(true);
        let pending: Buffer = Buffer.alloc(0);
        let sentAt = 0;
        let waiting = false;
        const next = () => {
          if (performance.now() >= deadline) return void socket.end(done);
          sentAt = performance.now();
          waiting = true;
          socket.write(request());
        };
        socket.on('connect', next);
        socket.on('data', (chunk: Buffer) => {
          pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
          const end = pending.indexOf(headerEnd);
          if (end < 0) return;
          const head = pending.subarray(0, end).toString('latin1');
          const length = /\r\ncontent-length: *(\d+)/i.exec(head);
          if (!length) {
            socket.destroy();
            return fail(new Error(`http-load: a response without Content-Length from :${load.port}${load.path} (${head.split('\r\n')[0]})`));
          }
          const size = end + headerEnd.length + Number(length[1]);
          if (pending.length < size) return;
          latencies.push(performance.now() - sentAt);
          waiting = false;
          if (!head.startsWith('HTTP/1.1 200 ')) errors++;
          pending = pending.subarray(size);
          next();
        });
        // A connection refused, reset or closed by the server while a request waits for its answer ends this loop.
        socket.on('error', () => undefined);
        socket.on('close', () => {
          if (waiting || sentAt === 0) errors++;
          done();
        });
      }),
    ),
  );
  return { latencies, errors, elapsed: (performance.now() - started) / 1000 };
}
