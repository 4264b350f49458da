import type { MetadataRoute } from "next";

/** The web app manifest (served at /manifest.webmanifest): name, colours and icons for install prompts. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "DTA — Digital Twin AI Token",
    short_name: "DTA",
    description: "Stake DTA, run digital twins, buy AI queries and govern the protocol.",
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0f766e",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
