"use client";
// The product editor's photos: add by drag and drop or the file picker (each file uploads on
// its own request with its progress and its own error), then reorder (drag, or the move
// buttons — keyboard and touch), edit alt text, make primary or delete. The server enforces
// every limit (lib/catalog/images/limits.ts); the checks here only save a doomed upload.
import Image from "next/image";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition, type DragEvent, type FormEvent } from "react";
import { AlertCircle, ChevronLeft, ChevronRight, ImagePlus, Pencil, Star, Trash2, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import type { TActionResult } from "@/lib/http/action-result";
import {
  IMAGE_ACCEPT_ATTRIBUTE,
  PRODUCT_IMAGE_LIMITS as L,
  type TEditorImage,
  formatMegabytes,
} from "@/lib/catalog/client/image-limits";
import {
  deleteProductImageAction,
  reorderProductImagesAction,
  setPrimaryImageAction,
  updateImageAltAction,
} from "../image-actions";

type TUpload = {
  id: string;
  name: string;
  progress: number;
  state: "queued" | "uploading" | "processing" | "error";
  error?: string;
};
type TUploadAnswer = { ok: true; images: TEditorImage[] } | { ok: false; message: string };

export function ProductImages({ productId, images }: { productId: string; images: TEditorImage[] }) {
  const router = useRouter();
  const [items, setItems] = useState(images);
  const [seen, setSeen] = useState(images);
  if (seen !== images) {
    // The server sent fresh rows (after a refresh): they are the truth.
    setSeen(images);
    setItems(images);
  }
  const [uploads, setUploads] = useState<TUpload[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [isPending, startTransition] = useTransition();
  const [isDropTarget, setDropTarget] = useState(false);
  const [dragId, setDragId] = useState<string | null>(null);
  const dragStart = useRef<TEditorImage[] | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const hintId = useId();

  const active = uploads.filter((u) => u.state !== "error").length;
  const room = L.maxImages - items.length - active;

  function patchUpload(id: string, patch: Partial<TUpload>) {
    setUploads((list) => list.map((u) => (u.id === id ? { ...u, ...patch } : u)));
  }

  function addFiles(files: File[]) {
    setError(null);
    let left = room;
    const next: TUpload[] = [];
    const toSend: [TUpload, File][] = [];
    for (const file of files) {
      const upload: TUpload = { id: crypto.randomUUID(), name: file.name, progress: 0, state: "queued" };
      if (file.size > L.maxFileBytes) {
        upload.state = "error";
        upload.error = `${formatMegabytes(file.size)}: images can be at most ${formatMegabytes(L.maxFileBytes)}.`;
      } else if (left <= 0) {
        upload.state = "error";
        upload.error = `A product can have ${L.maxImages} images. Delete one to add another.`;
      } else {
        left--;
        toSend.push([upload, file]);
      }
      next.push(upload);
    }
    setUploads((list) => [...list, ...next]);
    // One upload at a time: each shows its own progress, and the server resizes one at a time.
    for (const [upload, file] of toSend) {
      queue.current = queue.current.then(() => sendFile(upload, file));
    }
    queue.current = queue.current.then(() => router.refresh());
  }

  async function sendFile(upload: TUpload, file: File) {
    patchUpload(upload.id, { state: "uploading" });
    const answer = await postImage(productId, file, (progress) =>
      patchUpload(upload.id, progress < 1 ? { progress } : { progress: 1, state: "processing" }),
    );
    if (answer.ok) {
      setUploads((list) => list.filter((u) => u.id !== upload.id));
      setItems((list) => [...list, ...answer.images.filter((img) => !list.some((i) => i.id === img.id))]);
      setAnnouncement(`${file.name} added.`);
    } else {
      patchUpload(upload.id, { state: "error", error: answer.message });
      setAnnouncement(`${file.name} was not added: ${answer.message}`);
    }
  }

  function run<T>(call: () => Promise<TActionResult<T>>, onOk: (data: T) => void, rollback?: TEditorImage[]) {
    setError(null);
    startTransition(async () => {
      const r = await call();
      if (r.ok) onOk(r.data);
      else {
        if (rollback) setItems(rollback);
        setError(r.message);
        setAnnouncement(r.message);
      }
    });
  }

  function saveOrder(order: TEditorImage[], previous: TEditorImage[], said: string) {
    if (order.every((img, i) => img.id === previous[i]?.id)) return;
    setItems(order.map((img, position) => ({ ...img, position })));
    setAnnouncement(said);
    run(
      () => reorderProductImagesAction({ productId, imageIds: order.map((img) => img.id) }),
      (r) => setItems(r.images),
      previous,
    );
  }

  function move(index: number, by: -1 | 1) {
    const to = index + by;
    if (to < 0 || to >= items.length) return;
    const order = [...items];
    const [img] = order.splice(index, 1);
    order.splice(to, 0, img!);
    saveOrder(order, items, `Photo moved to position ${to + 1} of ${items.length}.`);
    // Keep focus on the same button of the moved photo (it re-rendered at its new place).
    requestAnimationFrame(() => document.getElementById(`img-${img!.id}-${by < 0 ? "left" : "right"}`)?.focus());
  }

  // Drag to reorder (pointer devices; the move buttons do the same by keyboard and touch).
  function onTileDragStart(e: DragEvent, id: string) {
    dragStart.current = items;
    setDragId(id);
    e.dataTransfer.effectAllowed = "move";
    e.dataTransfer.setData("text/plain", id);
  }
  function onTileDragOver(e: DragEvent, overId: string) {
    if (!dragId) return;
    e.preventDefault();
    if (overId === dragId) return;
    setItems((list) => {
      const from = list.findIndex((i) => i.id === dragId);
      const to = list.findIndex((i) => i.id === overId);
      if (from < 0 || to < 0) return list;
      const order = [...list];
      const [img] = order.splice(from, 1);
      order.splice(to, 0, img!);
      return order;
    });
  }
  function onTileDragEnd() {
    const before = dragStart.current;
    dragStart.current = null;
    setDragId(null);
    if (before) saveOrder(items, before, "Photos reordered.");
  }

  function isFileDrag(e: DragEvent) {
    return Array.from(e.dataTransfer.types).includes("Files");
  }

  return (
    <section aria-labelledby={`${hintId}-title`} className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${hintId}-title`} className="text-lg font-semibold text-ink">
          Photos
        </h2>
        <p className="text-sm text-ink-muted">
          {items.length} of {L.maxImages}
        </p>
      </div>

      <div
        onDragOver={(e) => {
          if (!isFileDrag(e)) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = room > 0 ? "copy" : "none";
          setDropTarget(true);
        }}
        onDragLeave={() => setDropTarget(false)}
        onDrop={(e) => {
          if (!isFileDrag(e)) return;
          e.preventDefault();
          setDropTarget(false);
          addFiles(Array.from(e.dataTransfer.files));
        }}
        className={cn(
          "flex flex-col items-center gap-3 rounded-card border-2 border-dashed px-4 py-6 text-center transition-colors",
          isDropTarget ? "border-brand-600 bg-brand-50" : "border-black/15 bg-surface-muted",
        )}
      >
        <ImagePlus aria-hidden className="size-8 text-ink-subtle" />
        <p className="text-sm text-ink">
          <span className="hidden sm:inline">Drop photos here, or </span>
          <Button
            variant="outline"
            size="sm"
            className="mx-1"
            disabled={room <= 0}
            aria-describedby={`${hintId}-hint`}
            onClick={() => fileInput.current?.click()}
          >
            Choose photos
          </Button>
        </p>
        <p id={`${hintId}-hint`} className="text-xs text-ink-muted">
          JPEG, PNG, WebP, AVIF or GIF · up to {formatMegabytes(L.maxFileBytes)} each · at least {L.minSidePx} px · up
          to {L.maxImages} photos. The first photo is the primary one.
        </p>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept={IMAGE_ACCEPT_ATTRIBUTE}
          className="sr-only"
          tabIndex={-1}
          aria-hidden
          onChange={(e) => {
            addFiles(Array.from(e.target.files ?? []));
            e.target.value = "";
          }}
        />
      </div>

      {uploads.length > 0 ? (
        <ul className="space-y-2" aria-label="Uploads">
          {uploads.map((u) => (
            <li
              key={u.id}
              className={cn(
                "flex items-center gap-3 rounded-control border px-3 py-2 text-sm",
                u.state === "error" ? "border-danger-600/40 bg-danger-50" : "border-black/10 bg-surface",
              )}
            >
              {u.state === "error" ? <AlertCircle aria-hidden className="size-4 shrink-0 text-danger-700" /> : null}
              <div className="min-w-0 flex-1">
                <p className="truncate font-medium text-ink">{u.name}</p>
                {u.state === "error" ? (
                  <p className="text-danger-700">{u.error}</p>
                ) : (
                  <div className="mt-1 flex items-center gap-2">
                    <progress
                      className="h-1.5 w-full overflow-hidden rounded-full accent-brand-600"
                      max={1}
                      value={u.state === "processing" ? undefined : u.progress}
                      aria-label={`Uploading ${u.name}`}
                    />
                    <span className="w-20 shrink-0 text-right text-xs text-ink-muted tabular-nums">
                      {u.state === "queued"
                        ? "Waiting"
                        : u.state === "processing"
                          ? "Processing"
                          : `${Math.round(u.progress * 100)}%`}
                    </span>
                  </div>
                )}
              </div>
              {u.state === "error" ? (
                <Button
                  variant="ghost"
                  size="sm"
                  aria-label={`Dismiss ${u.name}`}
                  onClick={() => setUploads((list) => list.filter((x) => x.id !== u.id))}
                >
                  <X aria-hidden className="size-4" />
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}

      {error ? (
        <p role="alert" className="rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          {error}
        </p>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>

      {items.length === 0 ? (
        <p className="text-sm text-ink-muted">No photos yet. Products with photos sell far better.</p>
      ) : (
        <ol className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4" aria-busy={isPending || undefined}>
          {items.map((img, index) => (
            <ImageTile
              key={img.id}
              image={img}
              index={index}
              count={items.length}
              isDragging={dragId === img.id}
              disabled={isPending}
              onDragStart={(e) => onTileDragStart(e, img.id)}
              onDragOver={(e) => onTileDragOver(e, img.id)}
              onDragEnd={onTileDragEnd}
              onMove={(by) => move(index, by)}
              onMakePrimary={() => {
                const order = [img, ...items.filter((i) => i.id !== img.id)];
                setItems(order.map((x, position) => ({ ...x, position })));
                setAnnouncement("Photo made primary.");
                run(
                  () => setPrimaryImageAction({ imageId: img.id }),
                  (r) => setItems(r.images),
                  items,
                );
              }}
              onDelete={() => {
                const before = items;
                setItems(items.filter((i) => i.id !== img.id));
                setAnnouncement("Photo deleted.");
                run(
                  () => deleteProductImageAction({ imageId: img.id }),
                  (r) => setItems(r.images),
                  before,
                );
              }}
              onSaveAlt={(alt, done) =>
                run(
                  () => updateImageAltAction({ imageId: img.id, alt }),
                  (r) => {
                    setItems((list) => list.map((i) => (i.id === r.image.id ? r.image : i)));
                    setAnnouncement("Alt text saved.");
                    done();
                  },
                )
              }
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function ImageTile({
  image,
  index,
  count,
  isDragging,
  disabled,
  onDragStart,
  onDragOver,
  onDragEnd,
  onMove,
  onMakePrimary,
  onDelete,
  onSaveAlt,
}: {
  image: TEditorImage;
  index: number;
  count: number;
  isDragging: boolean;
  disabled: boolean;
  onDragStart: (e: DragEvent) => void;
  onDragOver: (e: DragEvent) => void;
  onDragEnd: () => void;
  onMove: (by: -1 | 1) => void;
  onMakePrimary: () => void;
  onDelete: () => void;
  onSaveAlt: (alt: string, done: () => void) => void;
}) {
  const [isEditing, setEditing] = useState(false);
  const [draft, setDraft] = useState(image.alt);
  const altId = useId();
  const isPrimary = index === 0;
  const label = `Photo ${index + 1}`;

  function submit(e: FormEvent) {
    e.preventDefault();
    onSaveAlt(draft, () => setEditing(false));
  }

  return (
    <li
      draggable={!isEditing}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDrop={(e) => e.preventDefault()}
      onDragEnd={onDragEnd}
      className={cn(
        "flex flex-col overflow-hidden rounded-card border bg-surface",
        isPrimary ? "border-brand-600" : "border-black/10",
        isDragging && "opacity-50",
      )}
    >
      <div className="relative aspect-square cursor-grab bg-surface-muted active:cursor-grabbing">
        <Image
          src={image.url}
          alt={image.alt}
          fill
          sizes="(min-width: 1024px) 220px, (min-width: 640px) 30vw, 45vw"
          className="object-contain"
          draggable={false}
        />
        {isPrimary ? (
          <span className="absolute top-2 left-2 rounded-full bg-brand-600 px-2 py-0.5 text-xs font-semibold text-white">
            Primary
          </span>
        ) : null}
        <span className="absolute right-2 bottom-2 rounded bg-ink/60 px-1.5 text-xs text-white tabular-nums">
          {image.width}×{image.height}
        </span>
      </div>

      <div className="flex flex-1 flex-col gap-2 p-2">
        {isEditing ? (
          <form onSubmit={submit} className="space-y-2">
            <label htmlFor={altId} className="text-xs font-medium text-ink">
              Alt text
            </label>
            <Input
              id={altId}
              value={draft}
              maxLength={L.maxAltLength}
              required
              autoFocus
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Escape") {
                  setDraft(image.alt);
                  setEditing(false);
                }
              }}
            />
            <div className="flex gap-2">
              <Button type="submit" size="sm" isLoading={disabled} className="flex-1">
                Save
              </Button>
              <Button
                variant="outline"
                size="sm"
                className="flex-1"
                onClick={() => {
                  setDraft(image.alt);
                  setEditing(false);
                }}
              >
                Cancel
              </Button>
            </div>
          </form>
        ) : (
          <button
            type="button"
            className="group flex items-start gap-1 rounded text-left text-xs text-ink-muted hover:text-ink focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-none"
            onClick={() => {
              setDraft(image.alt);
              setEditing(true);
            }}
            aria-label={`Edit alt text of ${label}: ${image.alt}`}
          >
            <span className="line-clamp-2 flex-1 break-words">{image.alt}</span>
            <Pencil aria-hidden className="mt-0.5 size-3.5 shrink-0" />
          </button>
        )}

        <div className="mt-auto flex items-center justify-between gap-1">
          <div className="flex gap-1">
            <Button
              id={`img-${image.id}-left`}
              variant="ghost"
              size="sm"
              className="px-2"
              disabled={disabled || index === 0}
              aria-label={`Move ${label} left`}
              onClick={() => onMove(-1)}
            >
              <ChevronLeft aria-hidden className="size-4" />
            </Button>
            <Button
              id={`img-${image.id}-right`}
              variant="ghost"
              size="sm"
              className="px-2"
              disabled={disabled || index === count - 1}
              aria-label={`Move ${label} right`}
              onClick={() => onMove(1)}
            >
              <ChevronRight aria-hidden className="size-4" />
            </Button>
          </div>
          <div className="flex gap-1">
            {isPrimary ? null : (
              <Button
                variant="ghost"
                size="sm"
                className="px-2"
                disabled={disabled}
                aria-label={`Make ${label} primary`}
                title="Make primary"
                onClick={onMakePrimary}
              >
                <Star aria-hidden className="size-4" />
              </Button>
            )}
            <ConfirmDialog
              trigger={
                <Button
                  variant="ghost"
                  size="sm"
                  className="px-2 text-danger-700"
                  disabled={disabled}
                  aria-label={`Delete ${label}`}
                  title="Delete"
                >
                  <Trash2 aria-hidden className="size-4" />
                </Button>
              }
              title="Delete this photo?"
              description={
                isPrimary && count > 1
                  ? "It is the primary photo: the next one becomes primary. This cannot be undone."
                  : "It leaves the product at once. This cannot be undone."
              }
              confirmLabel="Delete photo"
              onConfirm={onDelete}
            />
          </div>
        </div>
      </div>
    </li>
  );
}

/** POSTs one file with upload progress (fetch cannot report it); never throws. */
function postImage(productId: string, file: File, onProgress: (fraction: number) => void): Promise<TUploadAnswer> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/vendor/products/${encodeURIComponent(productId)}/images`);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.upload.onload = () => onProgress(1);
    xhr.onload = () => {
      const body = xhr.response as { images?: TEditorImage[]; error?: { message?: string } } | null;
      if (xhr.status === 201 && body?.images) resolve({ ok: true, images: body.images });
      else
        resolve({
          ok: false,
          message:
            body?.error?.message ??
            (xhr.status === 413
              ? "The file is too large."
              : `The upload failed (HTTP ${xhr.status}). Please try again.`),
        });
    };
    xhr.onerror = () => resolve({ ok: false, message: "The connection dropped. Check your network and try again." });
    const form = new FormData();
    form.append("files", file, file.name);
    xhr.send(form);
  });
}
