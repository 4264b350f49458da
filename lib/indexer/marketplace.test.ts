import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { averageX100, fetchMyRequests, fetchService, fetchServices, marketplaceKeys } from "./marketplace";
import { isServiceRequestWire, isServiceWire } from "./marketplaceGuards";
import {
  parseCategory,
  parseRequestFilter,
  parseServiceFilter,
  parseStarsX100,
  serviceSearchParams,
  starsText,
} from "./marketplaceParams";
import type { ServicePageWire, ServiceRequestWire, ServiceWire } from "./marketplaceTypes";

const from = (query: string) => {
  const params = new URLSearchParams(query);
  return (name: string) => params.get(name);
};
const PROVIDER = "0x00000000000000000000000000000000000000aB";
const TX = `0x${"ab".repeat(32)}` as const;

const wire: ServiceWire = {
  id: "12",
  provider: "0x00000000000000000000000000000000000000ab",
  name: "OCR Pro",
  categoryId: 1,
  category: "Computer Vision",
  metadataUri: "ipfs://x",
  // 900,719,925,474.0993 DTA in base units: beyond Number's exact range, kept exact as bigint.
  pricePerQuery: "9007199254740993",
  status: "active",
  ratingSum: 14,
  ratingCount: 4,
  queries: "129",
  requests: 5,
  revenue: "64500",
  providerEarned: "56889",
  bonusEarned: "0",
  listingFee: "1000000",
  listedAt: "1796883887",
  listedBlock: "179",
};

const request: ServiceRequestWire = {
  id: "3",
  txHash: TX,
  blockNumber: "200",
  timestamp: "1796883999",
  logIndex: 1,
  requestId: "3",
  serviceId: "12",
  serviceName: "OCR Pro",
  payer: "0x00000000000000000000000000000000000000cd",
  queries: 7,
  pricePerQuery: "500",
  amount: "3500",
  burned: "70",
  toPlatform: "343",
  toProvider: "3087",
  bonus: "0",
  responseHash: null,
  respondedAt: null,
};

function answering(body: unknown, status = 200) {
  const asked: string[] = [];
  const fetchImpl = async (url: string) => {
    asked.push(url);
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  };
  return { asked, fetchImpl };
}

describe("marketplace list parameters", () => {
  it("defaults to active services, newest first, page 1 of 24", () => {
    assert.deepEqual(parseServiceFilter(from("")), {
      page: 1,
      limit: 24,
      sort: "newest",
      order: "desc",
      q: undefined,
      category: undefined,
      minPrice: undefined,
      maxPrice: undefined,
      minRatingX100: undefined,
      status: "active",
      provider: undefined,
    });
  });

  it("reads every parameter; price sorts cheapest first unless the order says otherwise", () => {
    const filter = parseServiceFilter(
      from(
        `q=%20ocr%20&category=computer%20vision&sort=price&minPrice=500&maxPrice=20000&minRating=4.5&status=all&provider=${PROVIDER}&page=3&limit=48`,
      ),
    );
    assert.deepEqual(filter, {
      page: 3,
      limit: 48,
      sort: "price",
      order: "asc",
      q: "ocr",
      category: 1,
      minPrice: 500n,
      maxPrice: 20_000n,
      minRatingX100: 450,
      status: "all",
      provider: PROVIDER.toLowerCase(),
    });
    assert.equal(parseServiceFilter(from("sort=price&order=desc")).order, "desc");
    assert.equal(parseServiceFilter(from("sort=rating")).order, "desc");
  });

  it("drops invalid values: unknown sort, negative or fractional price, rating above 5, limit above 100", () => {
    const filter = parseServiceFilter(
      from(
        "sort=random&order=up&minPrice=-1&maxPrice=1.5&minRating=6&status=gone&limit=101&page=0&provider=x",
      ),
    );
    assert.equal(filter.sort, "newest");
    assert.equal(filter.order, "desc");
    assert.equal(filter.minPrice, undefined);
    assert.equal(filter.maxPrice, undefined);
    assert.equal(filter.minRatingX100, undefined);
    assert.equal(filter.status, "active");
    assert.equal(filter.limit, 24);
    assert.equal(filter.page, 1);
    assert.equal(filter.provider, undefined);
    assert.equal(parseServiceFilter(from(`q=${"x".repeat(80)}`)).q?.length, 64);
  });

  it("reads categories by id or name and stars as hundredths, and writes them back", () => {
    assert.equal(parseCategory("6"), 6);
    assert.equal(parseCategory("7"), undefined);
    assert.equal(parseCategory("GENERATIVE ai"), 5);
    assert.equal(parseCategory("Robots"), undefined);
    assert.equal(parseStarsX100("3.75"), 375);
    assert.equal(parseStarsX100("4.5"), 450);
    assert.equal(parseStarsX100("5"), 500);
    assert.equal(parseStarsX100("5.5"), undefined);
    assert.equal(parseStarsX100("0"), undefined);
    assert.equal(starsText(450), "4.5");
    assert.equal(starsText(375), "3.75");
    assert.equal(starsText(400), "4");
  });

  it("round-trips a filter through the URL, omitting defaults", () => {
    assert.equal(
      serviceSearchParams({ sort: "newest", order: "desc", status: "active", page: 1 }).toString(),
      "",
    );
    const filter = parseServiceFilter(
      from(
        "q=vision&category=Computer+Vision&sort=usage&order=asc&minPrice=1&minRating=4&status=paused&page=2&limit=12",
      ),
    );
    assert.deepEqual(parseServiceFilter(from(serviceSearchParams(filter).toString())), filter);
  });

  it("reads request lists: payer lower-cased, 10 a page by default", () => {
    assert.deepEqual(parseRequestFilter(from(`payer=${PROVIDER}&page=2`)), {
      page: 2,
      limit: 10,
      payer: PROVIDER.toLowerCase(),
    });
  });
});

describe("marketplace client", () => {
  it("reads a page of services with the total, as bigint amounts, asking with every parameter", async () => {
    const page: ServicePageWire = { items: [wire], page: 1, pageSize: 24, hasNext: false, total: 1 };
    const { asked, fetchImpl } = answering(page);
    const result = await fetchServices(
      { q: "ocr", sort: "price", minPrice: 500n },
      { baseUrl: "http://indexer", fetch: fetchImpl },
    );
    assert.equal(result.total, 1);
    assert.equal(result.items[0]?.pricePerQuery, 9_007_199_254_740_993n);
    assert.equal(result.items[0]?.queries, 129n);
    const url = new URL(asked[0] ?? "");
    assert.equal(url.pathname, "/services");
    assert.equal(url.searchParams.get("q"), "ocr");
    assert.equal(url.searchParams.get("sort"), "price");
    assert.equal(url.searchParams.get("minPrice"), "500");
  });

  it("refuses a page without a total or with a malformed service", async () => {
    const noTotal = answering({ items: [wire], page: 1, pageSize: 24, hasNext: false });
    await assert.rejects(
      fetchServices({}, { baseUrl: "http://i", fetch: noTotal.fetchImpl }),
      /unexpected shape/,
    );
    assert.equal(isServiceWire({ ...wire, pricePerQuery: "1.5" }), false);
    assert.equal(isServiceWire({ ...wire, status: "gone" }), false);
    assert.equal(isServiceWire({ ...wire, ratingSum: 21 }), false, "a sum above 5 × count is impossible");
    assert.equal(isServiceRequestWire({ ...request, responseHash: "0x12" }), false);
    assert.equal(isServiceRequestWire(request), true);
  });

  it("answers null for an unknown service and throws on other errors", async () => {
    const missing = answering({ error: "no service" }, 404);
    assert.equal(await fetchService(9n, { baseUrl: "http://i", fetch: missing.fetchImpl }), null);
    const broken = answering({ error: "boom" }, 500);
    await assert.rejects(fetchService(9n, { baseUrl: "http://i", fetch: broken.fetchImpl }), /500/);
  });

  it("asks for a payer's requests and reads the split as bigint", async () => {
    const { asked, fetchImpl } = answering({ items: [request], page: 1, pageSize: 10, hasNext: false });
    const result = await fetchMyRequests(PROVIDER, {}, { baseUrl: "http://i", fetch: fetchImpl });
    assert.equal(new URL(asked[0] ?? "").searchParams.get("payer"), PROVIDER.toLowerCase());
    const row = result.items[0]!;
    assert.equal(row.burned + row.toPlatform + row.toProvider, row.amount);
    assert.equal(row.respondedAt, null);
  });

  it("averages ratings in hundredths, rounded down, and keys queries by chain, account and filter", () => {
    assert.equal(averageX100({ ratingSum: 14, ratingCount: 4 }), 350);
    assert.equal(averageX100({ ratingSum: 13, ratingCount: 3 }), 433);
    assert.equal(averageX100({ ratingSum: 0, ratingCount: 0 }), null);
    const a = marketplaceKeys.services(31337, PROVIDER, { minPrice: 5n });
    const b = marketplaceKeys.services(31337, undefined, { minPrice: 5n });
    assert.notDeepEqual(a, b);
    assert.equal(JSON.stringify(a).includes('"minPrice":"5"'), true, "bigints become strings");
  });
});
