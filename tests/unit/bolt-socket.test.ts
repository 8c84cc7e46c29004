import { Socket, createServer, type AddressInfo, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDriver } from '../../src/graph/driver.js';

// With Nagle's algorithm on, a Bolt message longer than one write of the driver (1,400 bytes: a nested read's
// statement) sends its tail only once the server has acknowledged the head, and the server delays that
// acknowledgement by up to 40 ms: every such read took 40 ms on an idle machine. The driver's sockets must
// turn it off. A listener that accepts and hangs up is enough to see the socket the driver opens.

let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the driver's connections to Neo4j", () => {
  it('send each write at once (TCP_NODELAY), without waiting for the previous one to be acknowledged', async () => {
    const noDelay = vi.spyOn(Socket.prototype, 'setNoDelay');
    const driver = createDriver({ uri: `bolt://127.0.0.1:${port}`, username: undefined, password: undefined, database: undefined });
    try {
      await expect(driver.verifyConnectivity()).rejects.toThrow();
      expect(noDelay).toHaveBeenCalledWith(true);
      expect(noDelay).not.toHaveBeenCalledWith(false);
    } finally {
      noDelay.mockRestore();
      await driver.close();
    }
  });
});
