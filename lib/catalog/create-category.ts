import "server-only";
import { AppError } from "@/lib/errors";
import { type Db, Prisma, isUniqueViolation, prisma } from "@/lib/db";
import { ZCreateCategoryInput, type TCreateCategoryInput } from "@/lib/catalog/schemas";
import { uniqueSlug } from "@/lib/catalog/unique-slug";

const SELECT = { id: true, slug: true, name: true, parentId: true } as const;
export type TCategoryRow = { id: string; slug: string; name: string; parentId: string | null };

function columns(data: ReturnType<typeof ZCreateCategoryInput.parse>) {
  return {
    name: data.name,
    description: data.description,
    parentId: data.parentId ?? null,
    position: data.position,
    // Prisma needs DbNull (not null) to clear a Json column.
    sizeChart: data.sizeChart ?? Prisma.DbNull,
  };
}

async function assertParent(db: Db, parentId: string | null | undefined) {
  if (parentId && !(await db.category.findUnique({ where: { id: parentId }, select: { id: true } }))) {
    throw new AppError("NOT_FOUND", "Parent category not found.");
  }
}

/** Creates a category (a root, or a child of parentId). Duplicate slug → CONFLICT. */
export async function createCategory(input: TCreateCategoryInput, db: Db = prisma): Promise<TCategoryRow> {
  const data = ZCreateCategoryInput.parse(input);
  await assertParent(db, data.parentId);
  const slug = data.slug ?? (await uniqueSlug({ table: "category", text: data.name }, db));
  try {
    return await db.category.create({ data: { slug, ...columns(data) }, select: SELECT });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", `The category slug "${slug}" is taken.`, { cause: e });
    throw e;
  }
}

/** Creates or updates the category with this slug (the seed's and the admin import's path). */
export async function upsertCategory(
  input: TCreateCategoryInput & { slug: string },
  db: Db = prisma,
): Promise<TCategoryRow> {
  const data = ZCreateCategoryInput.parse(input);
  await assertParent(db, data.parentId);
  const slug = data.slug ?? input.slug;
  return db.category.upsert({
    where: { slug },
    create: { slug, ...columns(data) },
    update: columns(data),
    select: SELECT,
  });
}
