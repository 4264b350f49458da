import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  loadReadEntry,
  MAX_READ_IDS,
  parseReadIds,
  readStateKey,
  saveReadIds,
  unreadCount,
  withRead,
  type ReadStore,
} from "./readState";

function memoryStore(): ReadStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

const refusing: ReadStore = {
  getItem: () => {
    throw new Error("SecurityError");
  },
  setItem: () => {
    throw new Error("QuotaExceededError");
  },
};

describe("notification read state", () => {
  it("keys by chain and lower-cased account, so accounts and chains never share it", () => {
    const a = readStateKey(31337, "0xABCDEF0000000000000000000000000000000001");
    assert.equal(a, "dta:notifications:read:31337:0xabcdef0000000000000000000000000000000001");
    assert.notEqual(a, readStateKey(1, "0xabcdef0000000000000000000000000000000001"));
    assert.notEqual(a, readStateKey(31337, "0xabcdef0000000000000000000000000000000002"));
  });

  it("round-trips through storage", () => {
    const store = memoryStore();
    const key = readStateKey(31337, "0x01");
    assert.equal(saveReadIds(store, key, new Set(["vote:1", "executed:2"])), true);
    assert.deepEqual([...parseReadIds(loadReadEntry(store, key))], ["vote:1", "executed:2"]);
    assert.deepEqual([...parseReadIds(loadReadEntry(store, "other"))], []);
  });

  it("reads nothing from a missing, corrupt or foreign entry", () => {
    assert.equal(parseReadIds(null).size, 0);
    assert.equal(parseReadIds("{not json").size, 0);
    assert.equal(parseReadIds('{"a":1}').size, 0);
    assert.deepEqual([...parseReadIds('["a",2,null,"b"]')], ["a", "b"]);
  });

  it("survives a browser that refuses storage", () => {
    assert.equal(loadReadEntry(refusing, "k"), null);
    assert.equal(saveReadIds(refusing, "k", new Set(["a"])), false);
  });

  it("adds ids, drops those no longer listed, and caps the set", () => {
    const read = new Set(["gone", "kept"]);
    assert.deepEqual([...withRead(read, ["new"], ["kept", "new", "other"])], ["kept", "new"]);
    assert.deepEqual([...withRead(read, ["new"])], ["gone", "kept", "new"]);
    const many = Array.from({ length: MAX_READ_IDS + 5 }, (_, i) => `id:${i}`);
    const capped = withRead(new Set(), many);
    assert.equal(capped.size, MAX_READ_IDS);
    assert.equal(capped.has(`id:${MAX_READ_IDS + 4}`), true, "the newest are kept");
    assert.equal(capped.has("id:0"), false);
  });

  it("counts unread items", () => {
    const items = [{ id: "a" }, { id: "b" }, { id: "c" }];
    assert.equal(unreadCount(items, new Set(["b", "x"])), 2);
    assert.equal(unreadCount([], new Set(["b"])), 0);
  });
});
