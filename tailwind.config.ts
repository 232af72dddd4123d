// Design tokens for Londom Imports, loaded from app/globals.css with @config.
import type { Config } from "tailwindcss";

export default {
  theme: {
    extend: {
      colors: {
        brand: {
          50: "#ecfdf3",
          100: "#d1fadf",
          200: "#a6f4c5",
          500: "#12875a",
          600: "#0b6e48",
          700: "#085a3b",
          800: "#074a31",
          900: "#053a27",
        },
        accent: { 100: "#fdf1d6", 400: "#f5b83d", 500: "#e59e12", 600: "#b97906" },
        ink: { DEFAULT: "#111827", muted: "#4b5563", subtle: "#6b7280" },
        surface: { DEFAULT: "#ffffff", muted: "#f6f7f5", sunken: "#eef0ec" },
        danger: { 50: "#fef2f2", 600: "#c62828", 700: "#a61b1b" },
        warning: { 50: "#fffbeb", 700: "#92400e" },
      },
      fontFamily: {
        sans: ["Inter", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "system-ui", "sans-serif"],
      },
      borderRadius: { card: "0.875rem", control: "0.625rem", pill: "9999px" },
      spacing: { gutter: "1rem", section: "2.5rem" },
      maxWidth: { page: "80rem" },
      boxShadow: { card: "0 1px 2px rgb(16 24 40 / 0.06), 0 1px 3px rgb(16 24 40 / 0.08)" },
    },
  },
} satisfies Config;
