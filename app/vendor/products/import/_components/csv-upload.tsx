"use client";
// Step 1: the vendor drops a CSV (or picks one) and it is posted to the import route, which
// answers with the preview; the page then shows it at ?import=<id>. The size check here only
// saves a doomed upload: the route enforces the limit.
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type DragEvent } from "react";
import { FileUp } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import type { TProductImportDto } from "@/lib/catalog/csv/product-import-dto";

type TAnswer = { import: TProductImportDto } | { error: { message: string } };

/** The limits come from the page (lib/catalog/csv/columns.ts), the same the route enforces. */
export function CsvUpload({ maxBytes, maxRows }: { maxBytes: number; maxRows: number }) {
  const maxMb = maxBytes / 1024 / 1024;
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [isDropTarget, setDropTarget] = useState(false);
  const [sending, setSending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function send(file: File | undefined) {
    if (!file || sending) return;
    setError(null);
    if (file.size > maxBytes) {
      setError(`${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; a CSV can be at most ${maxMb} MB.`);
      return;
    }
    setSending(file.name);
    try {
      const form = new FormData();
      form.set("file", file);
      const res = await fetch("/api/vendor/products/import", { method: "POST", body: form });
      const answer = (await res.json().catch(() => null)) as TAnswer | null;
      if (res.ok && answer && "import" in answer) {
        router.push(`/vendor/products/import?import=${encodeURIComponent(answer.import.id)}`);
        return; // keep the busy state until the preview page replaces this one
      }
      setError(
        answer && "error" in answer ? answer.error.message : "The file could not be uploaded. Please try again.",
      );
    } catch {
      setError("The file could not be uploaded: check your connection and try again.");
    }
    setSending(null);
  }

  function isFileDrag(e: DragEvent) {
    return Array.from(e.dataTransfer.types).includes("Files");
  }

  return (
    <div className="space-y-3">
      <div
        data-testid="csv-dropzone"
        onDragOver={(e) => {
          if (!isFileDrag(e)) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = "copy";
          setDropTarget(true);
        }}
        onDragLeave={() => setDropTarget(false)}
        onDrop={(e) => {
          if (!isFileDrag(e)) return;
          e.preventDefault();
          setDropTarget(false);
          void send(e.dataTransfer.files[0]);
        }}
        className={cn(
          "flex flex-col items-center gap-3 rounded-card border-2 border-dashed px-4 py-8 text-center transition-colors",
          isDropTarget ? "border-brand-600 bg-brand-50" : "border-black/15 bg-surface-muted",
        )}
      >
        <FileUp aria-hidden className="size-8 text-ink-subtle" />
        <p className="text-sm text-ink">
          <span className="hidden sm:inline">Drop your CSV here, or </span>
          <Button
            variant="outline"
            size="sm"
            className="mx-1"
            isLoading={sending !== null}
            aria-describedby={hintId}
            onClick={() => input.current?.click()}
          >
            {sending ? "Checking…" : "Choose a CSV file"}
          </Button>
        </p>
        <p id={hintId} className="max-w-md text-xs text-ink-muted">
          A .csv file saved as UTF-8, up to {maxMb} MB and {maxRows.toLocaleString("en-GB")} rows. Nothing changes in
          your catalogue until you have seen the preview and confirmed it.
        </p>
        <input
          ref={input}
          type="file"
          accept=".csv,text/csv"
          className="sr-only"
          tabIndex={-1}
          aria-label="CSV file"
          onChange={(e) => {
            void send(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
      </div>
      <p aria-live="polite" className="sr-only">
        {sending ? `Uploading ${sending} and checking it…` : ""}
      </p>
      {error ? (
        <p role="alert" className="rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
