import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { NavigationProgress } from "@/components/ui/navigation-progress";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Londom Imports — pre-order from London, Dubai and beyond", template: "%s · Londom Imports" },
  description: "Pre-order fashion, phones, beauty and home goods from abroad and pay in cedis by card or Mobile Money.",
};

export const viewport: Viewport = { themeColor: "#0b6e48", width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GH">
      <body className="min-h-screen">
        <NavigationProgress />
        {children}
      </body>
    </html>
  );
}
