-- Product full-text search (hand-written: Prisma cannot express tsvector maintenance).
--
-- "searchVector" holds each text twice: English-stemmed lexemes (so "shoes" finds "shoe")
-- and unstemmed 'simple' lexemes (so as-you-type prefixes such as "runn:*" still match
-- "running", which English stems to "run"). Weights: title A, brand + category name B,
-- description C. A trigger keeps it current, because the category name lives on another
-- row (a generated column cannot read it). pg_trgm's GIN index on the title serves the
-- typo fallback (word_similarity: "adidsa" finds "Adidas").
-- schema.prisma declares the column as Unsupported("tsvector") and both indexes, so
-- `prisma migrate diff` (npm run db:migrate:check) sees no drift.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE "Product" ADD COLUMN "searchVector" tsvector;

CREATE FUNCTION product_search_vector(p_title text, p_brand text, p_description text, p_category text)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('english'::regconfig, coalesce(p_title, '')), 'A')
      || setweight(to_tsvector('simple'::regconfig, coalesce(p_title, '')), 'A')
      || setweight(to_tsvector('english'::regconfig, concat_ws(' ', p_brand, p_category)), 'B')
      || setweight(to_tsvector('simple'::regconfig, concat_ws(' ', p_brand, p_category)), 'B')
      || setweight(to_tsvector('english'::regconfig, coalesce(p_description, '')), 'C')
      || setweight(to_tsvector('simple'::regconfig, coalesce(p_description, '')), 'C')
$$;

-- Product rows: recompute when a searched column (or the category) changes.
CREATE FUNCTION product_search_vector_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := product_search_vector(
    NEW."title", NEW."brand", NEW."description",
    (SELECT c."name" FROM "Category" c WHERE c."id" = NEW."categoryId"));
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Product_search_vector" BEFORE INSERT OR UPDATE OF "title", "brand", "description", "categoryId"
  ON "Product" FOR EACH ROW EXECUTE FUNCTION product_search_vector_refresh();

-- Category renamed: refresh its products (their own columns are unchanged, so the Product
-- trigger above does not fire for this UPDATE).
CREATE FUNCTION category_search_vector_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Product" p
     SET "searchVector" = product_search_vector(p."title", p."brand", p."description", NEW."name")
   WHERE p."categoryId" = NEW."id";
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Category_search_vector" AFTER UPDATE OF "name" ON "Category"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name")
  EXECUTE FUNCTION category_search_vector_refresh();

-- Rows that existed before this migration.
UPDATE "Product" p
   SET "searchVector" = product_search_vector(p."title", p."brand", p."description", c."name")
  FROM "Category" c
 WHERE c."id" = p."categoryId";

-- Names are Prisma's defaults for the @@index declarations in schema.prisma.
CREATE INDEX "Product_searchVector_idx" ON "Product" USING GIN ("searchVector");
CREATE INDEX "Product_title_idx" ON "Product" USING GIN ("title" gin_trgm_ops);
