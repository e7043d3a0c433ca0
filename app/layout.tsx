import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { siteUrl } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: "Hallway — conference trip reports, linked to every talk", template: "%s · Hallway" },
  description: "Write up the conferences you went to. Hallway links every talk and speaker you mention, and gathers every writeup of a talk on its page.",
  openGraph: { siteName: "Hallway", type: "website" },
  twitter: { card: "summary" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#161513" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        {/* The header and <main> come from each area's layout: reader pages are cached, studio pages know the viewer. */}
        {children}
        <SiteFooter />
      </body>
    </html>
  );
}
