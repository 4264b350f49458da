import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { Header } from "@/components/layout/Header";
import { Toaster } from "@/components/toasts/Toaster";
import { RefreshOnWrite } from "@/components/ui/RefreshOnWrite";
import { Web3Boundary } from "@/components/web3/Web3Boundary";
import { ChainStatusIsland, WrongNetworkIsland } from "@/components/wallet/islands";

const DESCRIPTION = "Stake, run digital twins, use AI services and govern the Digital Twin AI Token (DTA).";

export const metadata: Metadata = {
  // Absolute URLs for link previews; a deployment sets its public address.
  metadataBase: new URL(process.env.NEXT_PUBLIC_SITE_URL ?? "http://localhost:3000"),
  title: { default: "DTA — Digital Twin AI Token", template: "%s · DTA" },
  description: DESCRIPTION,
  applicationName: "DTA",
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "32x32" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
  openGraph: {
    type: "website",
    siteName: "Digital Twin AI Token",
    title: "DTA — Digital Twin AI Token",
    description: DESCRIPTION,
    images: [{ url: "/social-preview.png", width: 1200, height: 630, alt: "Digital Twin AI Token" }],
  },
  twitter: { card: "summary_large_image", images: ["/social-preview.png"] },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0f766e",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-3 focus:top-3 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <Header />
        <ChainStatusIsland />
        <WrongNetworkIsland />
        <main id="main" className="mx-auto max-w-5xl px-4 py-6 sm:py-8">
          {children}
        </main>
        <Toaster />
        <RefreshOnWrite />
        <Web3Boundary />
      </body>
    </html>
  );
}
