// Flat config. Beyond the usual rules it keeps the layering of ../shared/design/architecture.md:
//  - process.env is read only in lib/env.ts (and the dev scripts / tool configs);
//  - the Prisma client and generated client are used only inside lib/ (and prisma/, tests/);
//  - a client component ("use client") never imports a server module.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";

// lib/ modules a client component may import (isomorphic, no secrets, no database).
const CLIENT_SAFE_LIB = [
  /^@\/lib\/money$/,
  /^@\/lib\/env$/,
  /^@\/lib\/cn$/,
  /^@\/lib\/[\w-]+\/client(\/.*)?$/,
  /^@\/lib\/[\w-]+\/schemas?$/,
  /^@\/lib\/[\w-]+\/types$/,
  /^@\/lib\/[\w-]+\/statuses$/,
  /^@\/lib\/lifecycle\/transition-table$/,
  /^@\/lib\/batches\/batch-transitions$/,
  /^@\/lib\/deliveries\/delivery-(transitions|readiness)$/,
  /^@\/lib\/analytics\/client$/,
  /^@\/lib\/dates$/,
  /^@\/lib\/countdown$/,
  /^@\/lib\/http\/action-result$/,
];

// Modules only their own folder may import: the bare batch and delivery status changes (every
// caller must go through a <verb>-batch.ts / <verb>-delivery.ts use case, which performs the
// transition's effects).
const FOLDER_PRIVATE = [
  { module: "@/lib/batches/batch-status-step", folder: "lib/batches/" },
  { module: "@/lib/deliveries/delivery-status-step", folder: "lib/deliveries/" },
];

const layering = {
  rules: {
    "import-boundaries": {
      meta: {
        type: "problem",
        schema: [],
        messages: {
          appImport: "{{where}}/ must not import app/ ('{{source}}'): app/ sits on top of lib/ and components/.",
          private: "'{{source}}' is private to {{folder}}: call its use cases instead.",
        },
      },
      create(context) {
        const file = context.filename.replaceAll("\\", "/");
        const rel = file.slice(file.indexOf(process.cwd().replaceAll("\\", "/")) + process.cwd().length + 1);
        const where = rel.startsWith("lib/") ? "lib" : rel.startsWith("components/") ? "components" : null;
        return {
          ImportDeclaration(node) {
            const source = String(node.source.value);
            if (where && (source.startsWith("@/app/") || /^(\.\.\/)+app\//.test(source)))
              context.report({ node, messageId: "appImport", data: { where, source } });
            for (const p of FOLDER_PRIVATE)
              if (source === p.module && !rel.startsWith(p.folder))
                context.report({ node, messageId: "private", data: { source, folder: p.folder } });
          },
        };
      },
    },
    "no-server-import-in-client": {
      meta: {
        type: "problem",
        schema: [],
        messages: { server: "Client component imports server module '{{source}}'." },
      },
      create(context) {
        const body = context.sourceCode.ast.body;
        const isClient = body.some((n) => n.type === "ExpressionStatement" && n.directive === "use client");
        if (!isClient) return {};
        return {
          ImportDeclaration(node) {
            if (node.importKind === "type") return;
            const source = String(node.source.value);
            const bad =
              source === "server-only" ||
              source.startsWith("node:") ||
              source === "@prisma/client" ||
              (source.includes("/generated/prisma") && !source.endsWith("/enums")) ||
              (source.startsWith("@/lib/") && !CLIENT_SAFE_LIB.some((re) => re.test(source)));
            if (bad) context.report({ node, messageId: "server", data: { source } });
          },
        };
      },
    },
  },
};

export default tseslint.config(
  {
    ignores: [
      "node_modules",
      ".next*",
      ".data",
      "lib/generated",
      "prisma/.migrate",
      "test-results",
      "playwright-report",
      ".ci-out",
      "next-env.d.ts",
      "bench/results",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "@next/next": nextPlugin, "react-hooks": reactHooks, layering },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "layering/no-server-import-in-client": "error",
      "layering/import-boundaries": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: "Read configuration through lib/env.ts.",
        },
      ],
    },
  },
  {
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@/lib/db", message: "Database access belongs in lib/<domain>/ (app/ and components/ stay thin)." },
          ],
          patterns: [
            { group: ["@/lib/generated/prisma/client", "@prisma/client"], message: "Prisma is used only inside lib/." },
          ],
        },
      ],
    },
  },
  {
    // Type-aware rules that catch real bugs: a promise nobody awaits (lost errors, work after
    // the response), a promise where a boolean or void callback is expected, awaiting a non-promise.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
    },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", setTimeout: "readonly" } },
  },
  {
    files: [
      "lib/env.ts",
      "scripts/**",
      "prisma/**",
      "tests/**",
      "bench/**",
      "*.config.ts",
      "*.config.mjs",
      "proxy.ts",
      "instrumentation.ts",
      "next.config.ts",
      "playwright.config.ts",
    ],
    rules: { "no-restricted-syntax": "off" },
  },
);
