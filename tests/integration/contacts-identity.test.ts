import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadViewer } from "@/server/auth/load-viewer";
import { importFlow } from "@/server/flows/import-flow";
import { publishFlow } from "@/server/flows/publish-flow";
import { buildFlow } from "../helpers/flow-builder";
import { setupApi } from "../helpers/api-harness";
import { callTrpc } from "../helpers/call-trpc";
import { makeWorkspace } from "../helpers/make-workspace";

const api = setupApi();

interface Started {
  sessionId: string;
  token: string;
  identity?: { accepted: boolean; verified?: boolean; error?: { code: string; message: string } };
}

const sign = (secret: string, id: string) => createHmac("sha256", secret).update(id).digest("hex");
const SECRET = "idsec_test-secret-of-acme";

async function acme() {
  return api.test.db.workspace.findUniqueOrThrow({ where: { slug: "acme" } });
}
async function verifyIdentities() {
  const workspace = await acme();
  await api.test.db.workspace.update({ where: { id: workspace.id }, data: { identityVerification: true, identitySecret: SECRET } });
  return workspace;
}
const start = (customer?: unknown) => api.json<Started>("POST", "/api/v1/chat/acme/sessions", { body: customer === undefined ? {} : { customer } });
const conversation = (id: string) => api.test.db.conversation.findUniqueOrThrow({ where: { id } });
const variablesOf = async (id: string) => (await conversation(id)).variables as Record<string, unknown>;

describe("identity from the host site", () => {
  it("without verification, an identity is taken as given: contact, name, e-mail and customer.* variables", async () => {
    const started = await start({ id: "u-1", email: " Ada@Example.COM ", name: "Ada Lovelace", attributes: { plan: "pro", vip: true, seats: 12 } });
    expect(started.status).toBe(201);
    expect(started.body.identity).toEqual({ accepted: true, verified: false });
    const row = await conversation(started.body.sessionId);
    expect(row).toMatchObject({ customerName: "Ada Lovelace", customerEmail: "ada@example.com" });
    const contact = await api.test.db.contact.findUniqueOrThrow({ where: { id: row.contactId! } });
    expect(contact).toMatchObject({ externalId: "u-1", email: "ada@example.com", verified: false, attributes: { plan: "pro", vip: true, seats: 12 } });
    expect(row.variables).toMatchObject({
      "customer.plan": "pro",
      "customer.vip": true,
      "customer.seats": 12,
      "customer.id": "u-1",
      "customer.name": "Ada Lovelace",
      customer_name: "Ada Lovelace",
      "customer.new": true,
      "customer.conversations": 0,
    });
    expect((row.state as { variables: Record<string, unknown> }).variables).toMatchObject({ "customer.plan": "pro" });
  });

  it("with verification on, a signed id is accepted and marks the contact verified", async () => {
    await verifyIdentities();
    const started = await start({ id: "u-2", name: "Grace", userHash: sign(SECRET, "u-2") });
    expect(started.body.identity).toEqual({ accepted: true, verified: true });
    const row = await conversation(started.body.sessionId);
    expect(row.customerName).toBe("Grace");
    expect(await api.test.db.contact.findUniqueOrThrow({ where: { id: row.contactId! } })).toMatchObject({ externalId: "u-2", verified: true });
  });

  it("with verification on, unsigned, wrongly signed and another workspace's signatures are refused and write nothing", async () => {
    await verifyIdentities();
    const other = await makeWorkspace(api.test.db, [{ name: "Other Admin", role: "ADMIN" }]);
    const otherSecret = "idsec_the-other-workspace";
    await api.test.db.workspace.update({ where: { id: other.workspace.id }, data: { identityVerification: true, identitySecret: otherSecret } });
    const attempts: [unknown, string][] = [
      [{ id: "u-3", name: "Mallory" }, "identity_signature_required"],
      [{ email: "victim@example.com", name: "Mallory" }, "identity_signature_required"],
      [{ id: "u-3", name: "Mallory", userHash: sign(SECRET, "u-4") }, "identity_signature_invalid"],
      [{ id: "u-3", name: "Mallory", userHash: "not-hex" }, "identity_signature_invalid"],
      [{ id: "u-3", name: "Mallory", userHash: sign(SECRET, "u-3").toUpperCase().slice(0, 63) }, "identity_signature_invalid"],
      [{ id: "u-3", name: "Mallory", userHash: sign(otherSecret, "u-3") }, "identity_signature_invalid"],
    ];
    for (const [customer, code] of attempts) {
      const started = await start(customer);
      expect(started.status).toBe(201);
      expect(started.body.identity).toMatchObject({ accepted: false, error: { code } });
      const row = await conversation(started.body.sessionId);
      expect(row).toMatchObject({ contactId: null, customerName: null, customerEmail: null });
      expect(Object.keys(row.variables as object).filter((key) => key.startsWith("customer"))).toEqual([]);
    }
    expect(await api.test.db.contact.count()).toBe(0);
  });

  it("a signature in upper-case hex is the same signature", async () => {
    await verifyIdentities();
    const started = await start({ id: "u-5", userHash: sign(SECRET, "u-5").toUpperCase() });
    expect(started.body.identity).toEqual({ accepted: true, verified: true });
  });

  it("identify on a running anonymous chat joins it to the contact; a refused one answers 403 and changes nothing", async () => {
    await verifyIdentities();
    const anonymous = (await start()).body;
    const before = await conversation(anonymous.sessionId);
    const refused = await api.json<{ error: { code: string } }>("POST", `/api/v1/chat/sessions/${anonymous.sessionId}/identify`, {
      token: anonymous.token,
      body: { customer: { id: "u-6", name: "Eve", userHash: sign("wrong", "u-6") } },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("identity_signature_invalid");
    expect(await conversation(anonymous.sessionId)).toMatchObject({ contactId: null, customerName: null, version: before.version });
    expect(await api.test.db.contact.count()).toBe(0);

    const accepted = await api.json("POST", `/api/v1/chat/sessions/${anonymous.sessionId}/identify`, {
      token: anonymous.token,
      body: { customer: { id: "u-6", name: "Eve Adams", attributes: { plan: "free" }, userHash: sign(SECRET, "u-6") } },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({ identity: { accepted: true, verified: true } });
    const after = await conversation(anonymous.sessionId);
    expect(after.customerName).toBe("Eve Adams");
    expect(after.contactId).not.toBeNull();
    expect(await variablesOf(anonymous.sessionId)).toMatchObject({ "customer.plan": "free", "customer.id": "u-6" });
  });

  it("identify needs the session's token", async () => {
    const session = (await start()).body;
    const response = await api.json("POST", `/api/v1/chat/sessions/${session.sessionId}/identify`, { body: { customer: { id: "x" } } });
    expect(response.status).toBe(401);
  });

  it("attributes: text, numbers and true/false only, names checked, size-limited — a bad one is a 400 that writes nothing", async () => {
    const many = Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`a${i}`, i]));
    const bad: unknown[] = [
      { id: "u-7", attributes: many },
      { id: "u-7", attributes: { nested: { a: 1 } } },
      { id: "u-7", attributes: { list: [1, 2] } },
      { id: "u-7", attributes: { empty: null } },
      { id: "u-7", attributes: { "bad-name": 1 } },
      { id: "u-7", attributes: { "1st": 1 } },
      { id: "u-7", attributes: { constructor: "x" } },
      { id: "u-7", attributes: { prototype: "x" } },
      { id: "u-7", attributes: { text: "x".repeat(501) } },
      { id: "u-7", attributes: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, "y".repeat(480)])) },
      { id: "u-7", attributes: "plan=pro" },
      { id: "", name: "No id" },
      { name: "Only a name" },
      { id: "u-7", email: "not an e-mail" },
      { id: "u-7", unknown: 1 },
    ];
    const conversations = await api.test.db.conversation.count();
    for (const customer of bad) {
      const response = await start(customer);
      expect(response.status, JSON.stringify(customer).slice(0, 80)).toBe(400);
    }
    const proto = await api.call("POST", "/api/v1/chat/acme/sessions", { rawBody: '{"customer":{"id":"u-7","attributes":{"__proto__":{"polluted":true}}}}' });
    expect(proto.status).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await api.test.db.conversation.count()).toBe(conversations);
    expect(await api.test.db.contact.count()).toBe(0);
    const ok = await start({ id: "u-7", attributes: { text: "x".repeat(500), n: -1.5, b: false, constructor_name: "ok" } });
    expect(ok.status).toBe(201);
  });
});

describe("contact matching", () => {
  it("a second chat with the same id finds the same contact, no longer new, and merges attributes", async () => {
    const first = (await start({ id: "u-8", name: "Linus", attributes: { plan: "free", locale: "fi" } })).body;
    const second = (await start({ id: "u-8", attributes: { plan: "pro" } })).body;
    const [a, b] = [await conversation(first.sessionId), await conversation(second.sessionId)];
    expect(b.contactId).toBe(a.contactId);
    expect(b.customerName).toBe("Linus");
    expect(await variablesOf(second.sessionId)).toMatchObject({
      "customer.new": false,
      "customer.conversations": 1,
      "customer.plan": "pro",
      "customer.locale": "fi",
    });
    expect(await api.test.db.contact.count()).toBe(1);
  });

  it("an e-mail finds an e-mail-only contact, which a later id adopts; an id's contact is never taken by e-mail", async () => {
    const byEmail = (await start({ email: "kim@example.com", name: "Kim" })).body;
    const withId = (await start({ id: "u-9", email: "kim@example.com" })).body;
    expect((await conversation(withId.sessionId)).contactId).toBe((await conversation(byEmail.sessionId)).contactId);
    expect(await api.test.db.contact.findFirstOrThrow({ where: { email: "kim@example.com" } })).toMatchObject({ externalId: "u-9", name: "Kim" });

    const otherId = (await start({ id: "u-10", email: "kim@example.com" })).body;
    expect((await conversation(otherId.sessionId)).contactId).not.toBe((await conversation(byEmail.sessionId)).contactId);
    // An e-mail alone never opens a contact that has an id: it gets an e-mail-only contact of its own.
    const emailOnly = (await start({ email: "kim@example.com" })).body;
    expect(await api.test.db.contact.count()).toBe(3);
    const own = await api.test.db.contact.findUniqueOrThrow({ where: { id: (await conversation(emailOnly.sessionId)).contactId! } });
    expect(own).toMatchObject({ externalId: null, email: "kim@example.com" });
  });

  it("contacts are per workspace: the same id in another workspace is another contact", async () => {
    const other = await makeWorkspace(api.test.db, [{ name: "Other Admin", role: "ADMIN" }]);
    await api.test.db.contact.create({ data: { workspaceId: other.workspace.id, externalId: "u-11", name: "Someone else" } });
    const started = (await start({ id: "u-11", name: "Mine" })).body;
    const row = await conversation(started.sessionId);
    const contact = await api.test.db.contact.findUniqueOrThrow({ where: { id: row.contactId! } });
    expect(contact.workspaceId).toBe((await acme()).id);
    expect(await api.test.db.contact.findFirstOrThrow({ where: { workspaceId: other.workspace.id } })).toMatchObject({ name: "Someone else" });
  });
});

describe("Settings → Identity", () => {
  const viewerOf = async (email: string) => (await loadViewer(api.test.db, (await api.test.db.user.findUniqueOrThrow({ where: { email } })).id))!;

  it("turning verification on makes a secret shown once; rotating refuses the old one's signatures; agents may not", async () => {
    const admin = await viewerOf("admin@acme.test");
    const ctx = { db: api.test.db, viewer: admin };
    const on = await callTrpc(ctx, "identity.setEnabled", { enabled: true });
    const { secret } = on.data as { secret: string };
    expect(secret).toMatch(/^idsec_/);
    expect((await callTrpc(ctx, "identity.get", undefined, "query")).data).toEqual({ enabled: true, hasSecret: true });
    expect(JSON.stringify((await callTrpc(ctx, "identity.get", undefined, "query")).data)).not.toContain(secret);
    // Off and on again keeps the secret (and does not show it again).
    await callTrpc(ctx, "identity.setEnabled", { enabled: false });
    expect((await callTrpc(ctx, "identity.setEnabled", { enabled: true })).data).toEqual({ enabled: true, secret: null });

    expect((await start({ id: "u-20", userHash: sign(secret, "u-20") })).body.identity).toEqual({ accepted: true, verified: true });
    const rotated = (await callTrpc(ctx, "identity.rotateSecret")).data as { secret: string };
    expect(rotated.secret).not.toBe(secret);
    expect((await start({ id: "u-20", userHash: sign(secret, "u-20") })).body.identity).toMatchObject({ error: { code: "identity_signature_invalid" } });
    expect((await start({ id: "u-20", userHash: sign(rotated.secret, "u-20") })).body.identity).toEqual({ accepted: true, verified: true });

    const agent = await viewerOf("sam@acme.test");
    expect((await callTrpc({ db: api.test.db, viewer: agent }, "identity.rotateSecret")).status).toBe(403);
    expect((await callTrpc({ db: api.test.db, viewer: agent }, "identity.get", undefined, "query")).status).toBe(403);
  });
});

describe("an e-mail typed at an Ask step", () => {
  async function emailFlow() {
    const acmeWorkspace = await acme();
    const admin = await api.test.db.user.findUniqueOrThrow({ where: { email: "admin@acme.test" } });
    const document = buildFlow(
      [
        { id: "s", type: "start" },
        { id: "ask", type: "ask", data: { text: "Your e-mail?", kind: "email", variable: "email" } },
        { id: "end", type: "end", data: { text: "Thanks, {{email}}!", askRating: false } },
      ],
      [
        ["s", "next", "ask"],
        ["ask", "answered", "end"],
        ["ask", "invalid", "end"],
      ],
    );
    const slug = `mail-${Math.random().toString(36).slice(2, 8)}`;
    const flow = await importFlow(api.test.db, acmeWorkspace.id, { name: slug, document, slug }, admin.id);
    await publishFlow(api.test.db, acmeWorkspace.id, flow.id, admin.id);
    return slug;
  }
  const startOn = async (slug: string, customer?: unknown) =>
    (await api.json<Started>("POST", `/api/v1/chat/${slug}/sessions`, { body: customer ? { customer } : {} })).body;
  const answer = (session: Started, text: string) =>
    api.json("POST", `/api/v1/chat/sessions/${session.sessionId}/messages`, { token: session.token, body: { clientMessageId: "e1", text } });

  it("links an anonymous chat to the e-mail-only contact of that address; a second chat finds it again", async () => {
    const slug = await emailFlow();
    const first = await startOn(slug);
    await answer(first, " Zoe@Example.com ");
    const row = await conversation(first.sessionId);
    expect(row.customerEmail).toBe("zoe@example.com");
    expect(await api.test.db.contact.findUniqueOrThrow({ where: { id: row.contactId! } })).toMatchObject({ email: "zoe@example.com", externalId: null });
    const second = await startOn(slug);
    await answer(second, "zoe@example.com");
    expect((await conversation(second.sessionId)).contactId).toBe(row.contactId);
    expect(await variablesOf(second.sessionId)).toMatchObject({ "customer.new": false, "customer.conversations": 1 });
  });

  it("never joins a contact that has an id, and an identified chat keeps its contact", async () => {
    const slug = await emailFlow();
    const known = await startOn(slug, { id: "vip-1", email: "boss@example.com", name: "The Boss" });
    const knownContact = (await conversation(known.sessionId)).contactId;
    const impostor = await startOn(slug);
    await answer(impostor, "boss@example.com");
    const row = await conversation(impostor.sessionId);
    expect(row.contactId).not.toBe(knownContact);
    expect(row.customerName).toBeNull();
    await answer(known, "other@example.com");
    expect((await conversation(known.sessionId)).contactId).toBe(knownContact);
  });
});

describe("earlier chats of the same browser", () => {
  it("join the customer when they identify, if they were anonymous and their tokens prove them", async () => {
    const before1 = (await start()).body;
    const before2 = (await start()).body;
    const someoneElse = (await start({ id: "other-person" })).body;
    const stranger = (await start()).body;
    const current = (await start()).body;
    const response = await api.json("POST", `/api/v1/chat/sessions/${current.sessionId}/identify`, {
      token: current.token,
      body: {
        customer: { id: "u-30", name: "Uma" },
        earlier: [
          { sessionId: before1.sessionId, token: before1.token },
          { sessionId: before2.sessionId, token: before2.token },
          { sessionId: someoneElse.sessionId, token: someoneElse.token },
          { sessionId: stranger.sessionId, token: before1.token },
        ],
      },
    });
    expect(response.status).toBe(200);
    const contactId = (await conversation(current.sessionId)).contactId;
    expect((await conversation(before1.sessionId)).contactId).toBe(contactId);
    expect((await conversation(before2.sessionId)).customerName).toBe("Uma");
    expect((await conversation(someoneElse.sessionId)).contactId).not.toBe(contactId);
    expect((await conversation(stranger.sessionId)).contactId).toBeNull();
    expect(await variablesOf(current.sessionId)).toMatchObject({ "customer.conversations": 2, "customer.new": false });
  });
});
