import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { Header } from "@/components/layout/Header";
import { Toaster } from "@/components/toasts/Toaster";
import { Web3Boundary } from "@/components/web3/Web3Boundary";
import { ChainStatusIsland, WrongNetworkIsland } from "@/components/wallet/islands";

export const metadata: Metadata = {
  title: { default: "DTA — Digital Twin AI Token", template: "%s · DTA" },
  description: "Stake, run digital twins, use AI services and govern the Digital Twin AI Token (DTA).",
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
        <Web3Boundary />
      </body>
    </html>
  );
}
