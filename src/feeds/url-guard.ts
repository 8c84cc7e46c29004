import { type LookupAddress, type LookupOptions, lookup as lookupCallback } from 'node:dns';
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { Agent, type Dispatcher } from 'undici';

// Feeds and webhooks are URLs that users give the server, which then fetches or posts to them. Without a guard
// anyone with the API token could make the server read its own network (cloud metadata at 169.254.169.254,
// an admin page on 127.0.0.1). So http(s) only, and every address the host name resolves to must be public
// unicast, unless NEWSGRAPH_ALLOW_PRIVATE_URLS=true (tests, a feed on the local network).
// The check runs before each request and on each redirect hop, for a clear error early; and again when the
// connection is made (guardedDispatcher): the addresses checked there are the ones the socket connects to, so a
// host that answers the first look-up with a public address and the next with a private one (DNS rebinding)
// is refused too.

export class UrlRefusedError extends Error {
  constructor(readonly url: string, readonly reason: string) {
    super(`${url}: ${reason}`);
    this.name = 'UrlRefusedError';
  }
}

/** Parses and checks the form of a URL (http or https, a host, no credentials). */
export function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new UrlRefusedError(raw, 'not a URL (expected http:// or https://…)');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UrlRefusedError(raw, `the scheme ${url.protocol} is not allowed (http or https only)`);
  if (url.username || url.password) throw new UrlRefusedError(raw, 'credentials in the URL are not allowed');
  return url;
}

/** The range name ipaddr.js gives an address, when it is not one a public server may be reached at. */
export function privateRange(address: string): string | undefined {
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  const range = ip.range();
  return range === 'unicast' ? undefined : range;
}

/** Throws UrlRefusedError unless every address of the URL's host is public (or private ones are allowed). */
export async function assertPublicUrl(raw: string | URL, allowPrivate: boolean): Promise<URL> {
  const url = typeof raw === 'string' ? parseHttpUrl(raw) : raw;
  if (allowPrivate) return url;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (ipaddr.isValid(host)) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true })).map((a) => a.address);
    } catch (error) {
      throw new UrlRefusedError(url.href, `the host ${host} does not resolve (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
  const refused = refusal(host, addresses);
  if (refused) throw new UrlRefusedError(url.href, refused);
  return url;
}

function refusal(host: string, addresses: readonly string[]): string | undefined {
  for (const address of addresses) {
    const range = privateRange(address);
    if (range) return `${host} is a ${range} address (${address}); set NEWSGRAPH_ALLOW_PRIVATE_URLS=true to allow private, loopback and link-local addresses`;
  }
  return undefined;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** dns.lookup for the socket: resolves once, refuses if any address is not public, and hands over those it checked. */
export function publicLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  lookupCallback(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = refusal(hostname, addresses.map((a) => a.address));
    if (refused) return callback(new UrlRefusedError(hostname, refused), []);
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}

let publicOnly: Agent | undefined;

/** What to fetch with: an agent that connects to public addresses only, unless private ones are allowed. */
export function guardedDispatcher(allowPrivate: boolean): Dispatcher | undefined {
  if (allowPrivate) return undefined;
  publicOnly ??= new Agent({ connect: { lookup: publicLookup } });
  return publicOnly;
}
