import path from "node:path";
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // Lets parallel builds (benchmarks, several developers in one checkout) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // The local stack, browser tests and the Hardhat node all use 127.0.0.1; let it load dev assets.
  allowedDevOrigins: ["127.0.0.1"],
  // The repo has its own lockfile; pin the root so Turbopack never picks a parent folder.
  turbopack: { root: path.resolve(".") },
};

export default nextConfig;
