import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { activitySearchParams, parseAccount, parseActivityFilter } from "./params";

const from = (query: string) => {
  const params = new URLSearchParams(query);
  return (name: string) => params.get(name);
};

describe("list parameters", () => {
  it("defaults to page 1 of 25, newest first, every kind", () => {
    assert.deepEqual(parseActivityFilter(from("")), { page: 1, pageSize: 25, sort: "newest", kinds: [] });
  });

  it("reads kinds, page, size and sort, dropping unknown kinds and duplicates", () => {
    assert.deepEqual(
      parseActivityFilter(from("kind=staked,bogus,swapped,staked&page=3&pageSize=50&sort=oldest")),
      {
        page: 3,
        pageSize: 50,
        sort: "oldest",
        kinds: ["staked", "swapped"],
      },
    );
  });

  it("falls back on a page below 1, a size above 100, a fractional page and an unknown sort", () => {
    assert.deepEqual(parseActivityFilter(from("page=0&pageSize=101&sort=random")), {
      page: 1,
      pageSize: 25,
      sort: "newest",
      kinds: [],
    });
    assert.equal(parseActivityFilter(from("page=1.5")).page, 1);
    assert.equal(parseActivityFilter(from("page=-2")).page, 1);
  });

  it("writes only what differs from the defaults, and reads back what it wrote", () => {
    assert.equal(activitySearchParams({ page: 1, pageSize: 25, sort: "newest", kinds: [] }).toString(), "");
    const filter = {
      page: 4,
      pageSize: 10,
      sort: "oldest" as const,
      kinds: ["burned" as const, "sent" as const],
    };
    const written = activitySearchParams(filter).toString();
    assert.deepEqual(parseActivityFilter(from(written)), filter);
  });

  it("accepts an address in any case, lower-cased, and nothing else", () => {
    assert.equal(
      parseAccount(from("account=0xF39FD6E51AAD88F6F4CE6AB8827279CFFFB92266")),
      "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266",
    );
    assert.equal(parseAccount(from("account=0x1234")), undefined);
    assert.equal(parseAccount(from("")), undefined);
  });
});
