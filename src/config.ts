import { z } from 'zod';
import { parseDuration } from './duration.js';

// The environment, parsed once. Only entry points (src/cli/) call loadConfig.

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const port = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? fallback : Number(v)))
    .pipe(z.number().int().min(0).max(65535));

const positiveInt = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? fallback : Number(v)))
    .pipe(z.number().int().positive());

const memory = (fallback: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? fallback : v.trim()))
    .pipe(z.string().regex(/^\d+[kmgKMG]?$/, 'expected a size such as 512m or 1g'));

// "mine.tsv, more.tsv" → ["mine.tsv", "more.tsv"]; a path left empty between commas is a typo, not nothing.
const pathList = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? [] : v.split(',').map((p) => p.trim())))
  .refine((paths) => paths.every((p) => p !== ''), 'expected comma-separated paths, one of them is empty');

// "15m", "7d" (feeds/duration.ts units), or a number of milliseconds.
const duration = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return fallback;
      if (/^\d+$/.test(v.trim())) return Number(v);
      try {
        return parseDuration(v);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    })
    .pipe(z.number().int().positive());

const envSchema = z
  .object({
    NEO4J_URI: optionalString.pipe(
      z
        .string()
        .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'expected bolt://, neo4j://, neo4j+s:// or bolt+s:// URI')
        .optional(),
    ),
    NEO4J_USERNAME: optionalString,
    NEO4J_PASSWORD: optionalString,
    NEO4J_DATABASE: optionalString,
    NEO4J_BOLT_PORT: port(7687),
    NEO4J_DATA_DIR: optionalString,
    NEO4J_HEAP: memory('512m'),
    NEO4J_PAGECACHE: memory('256m'),
    NEO4J_START_TIMEOUT_MS: positiveInt(180_000),
    NEO4J_TX_TIMEOUT_MS: positiveInt(30_000),
    PORT: port(4000),
    HOST: optionalString,
    API_TOKEN: optionalString,
    READ_TOKEN: optionalString,
    CORS_ORIGINS: optionalString.transform((v) => (v ? v.split(',').map((o) => o.trim()).filter(Boolean) : []))
      .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'expected origins such as https://notebook.example.com, comma-separated'))),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    NEWSGRAPH_GAZETTEER: pathList,
    NEWSGRAPH_ALLOW_PRIVATE_URLS: z.stringbool().default(false),
    NEWSGRAPH_FOLLOW: z.stringbool().default(true),
    NEWSGRAPH_FEED_CONCURRENCY: positiveInt(2),
    NEWSGRAPH_FEED_TIMEOUT: duration(20_000),
    NEWSGRAPH_FEED_MAX_BYTES: positiveInt(5_000_000),
    NEWSGRAPH_WEBHOOK_RETRY: duration(30_000),
    NEWSGRAPH_WEBHOOK_RETRY_FOR: duration(86_400_000),
  })
  .refine((e) => !e.NEO4J_URI || (e.NEO4J_USERNAME !== undefined) === (e.NEO4J_PASSWORD !== undefined), {
    message: 'set NEO4J_USERNAME and NEO4J_PASSWORD together',
    path: ['NEO4J_PASSWORD'],
  });

export type Env = z.infer<typeof envSchema>;

export interface Config {
  neo4j: {
    /** undefined: run the embedded server. */
    uri: string | undefined;
    username: string | undefined;
    password: string | undefined;
    database: string | undefined;
    txTimeoutMs: number;
  };
  embedded: { boltPort: number; dataDir: string; heap: string; pageCache: string; startTimeoutMs: number };
  server: { port: number; host: string; apiToken: string | undefined; readToken: string | undefined; production: boolean;
    /** Other sites whose pages may call the API with credentials (CORS); the API's own origin always may. */
    corsOrigins?: string[] };
  logLevel: Env['LOG_LEVEL'];
  /** TSV files of companies the user tracks, added to the bundled gazetteer (read at start by the CLI). */
  gazetteerFiles: string[];
  feeds: {
    /** Fetch feeds and webhooks at private, loopback and link-local addresses (tests, local use). */
    allowPrivateUrls: boolean;
    /** `serve`/`start` poll feeds and send alerts in the background. */
    followInServer: boolean;
    concurrency: number;
    timeoutMs: number;
    maxBytes: number;
  };
  webhooks: { retryBaseMs: number; retryForMs: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws a ConfigError listing every problem. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const key = i.path.join('.') || 'environment';
        return `${key}=${JSON.stringify(env[key] ?? '')}: ${i.message}`;
      }),
    );
  }
  const e = parsed.data;
  return {
    neo4j: {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
    },
    embedded: {
      boltPort: e.NEO4J_BOLT_PORT,
      dataDir: e.NEO4J_DATA_DIR ?? '.data/neo4j',
      heap: e.NEO4J_HEAP,
      pageCache: e.NEO4J_PAGECACHE,
      startTimeoutMs: e.NEO4J_START_TIMEOUT_MS,
    },
    server: {
      port: e.PORT,
      host: e.HOST ?? '127.0.0.1',
      apiToken: e.API_TOKEN,
      readToken: e.READ_TOKEN,
      production: e.NODE_ENV === 'production',
      corsOrigins: e.CORS_ORIGINS,
    },
    logLevel: e.LOG_LEVEL,
    gazetteerFiles: e.NEWSGRAPH_GAZETTEER,
    feeds: {
      allowPrivateUrls: e.NEWSGRAPH_ALLOW_PRIVATE_URLS,
      followInServer: e.NEWSGRAPH_FOLLOW,
      concurrency: e.NEWSGRAPH_FEED_CONCURRENCY,
      timeoutMs: e.NEWSGRAPH_FEED_TIMEOUT,
      maxBytes: e.NEWSGRAPH_FEED_MAX_BYTES,
    },
    webhooks: { retryBaseMs: e.NEWSGRAPH_WEBHOOK_RETRY, retryForMs: e.NEWSGRAPH_WEBHOOK_RETRY_FOR },
  };
}
