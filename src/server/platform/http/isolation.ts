// Isolation fixtures: for every API path that takes an object's id, a way to create a real object
// of that kind in another tenant. The isolation matrix (test/security/isolation-matrix.int.test.ts)
// calls each such path with that object's id as every role of the first tenant and expects
// "not found": a lookup that forgets its tenant filter shows up as a leak. An id-taking path without
// a fixture fails the matrix. Plain data and functions: no test framework here.

type IsolationCallOptions = {
  // Another caller's token; by default the other tenant's admin.
  token?: string;
  body?: unknown;
  // A body sent as is (multipart uploads), instead of `body` as JSON.
  raw?: RequestInit["body"];
};

// Throws unless the API answers 2xx; returns the parsed JSON answer.
// biome-ignore lint/suspicious/noExplicitAny: the answers of many different routes, read by field
type IsolationCall = (method: string, path: string, opts?: IsolationCallOptions) => Promise<any>;

export type IsolationContext = {
  call: IsolationCall;
  // Signs a user in and returns the session token.
  login: (email: string, password: string) => Promise<string>;
  // A fresh suffix for names that must be unique in the tenant (emails, SKUs, serials).
  unique: () => string;
};

export type IsolationFixture = {
  // The OpenAPI path up to the parameter this fixture fills, e.g. "/api/v1/macros/{id}"; it also
  // serves longer paths below it ("/api/v1/macros/{id}/render").
  path: string;
  // Creates the object in the other tenant and returns the value for the parameter.
  create: (ctx: IsolationContext) => Promise<string>;
};
