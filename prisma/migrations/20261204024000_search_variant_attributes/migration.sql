-- Search finds products by their variants' attributes too ("black sneakers", "UK 9"): the
-- option values of a product's variants join brand and category at weight B of
-- "searchVector" (title A, description C as before). SQL only (functions and triggers), so
-- schema.prisma and `prisma migrate diff` are unchanged. Ranking lives in
-- lib/search/text-query.ts (title, category, brand and attributes far above description).

-- The distinct option values of a product's variants, e.g. "Black UK 9 White".
CREATE FUNCTION product_attribute_text(p_product_id text) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(DISTINCT btrim(o.value), ' '), '')
    FROM "Variant" v, jsonb_each_text(CASE WHEN jsonb_typeof(v."options") = 'object' THEN v."options" ELSE '{}'::jsonb END) o
   WHERE v."productId" = p_product_id AND btrim(o.value) <> ''
$$;

CREATE FUNCTION product_search_vector(
  p_title text, p_brand text, p_description text, p_category text, p_attributes text)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('english'::regconfig, coalesce(p_title, '')), 'A')
      || setweight(to_tsvector('simple'::regconfig, coalesce(p_title, '')), 'A')
      || setweight(to_tsvector('english'::regconfig, concat_ws(' ', p_brand, p_category, p_attributes)), 'B')
      || setweight(to_tsvector('simple'::regconfig, concat_ws(' ', p_brand, p_category, p_attributes)), 'B')
      || setweight(to_tsvector('english'::regconfig, coalesce(p_description, '')), 'C')
      || setweight(to_tsvector('simple'::regconfig, coalesce(p_description, '')), 'C')
$$;

CREATE OR REPLACE FUNCTION product_search_vector_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := product_search_vector(
    NEW."title", NEW."brand", NEW."description",
    (SELECT c."name" FROM "Category" c WHERE c."id" = NEW."categoryId"),
    product_attribute_text(NEW."id"));
  RETURN NEW;
END;
$$;

CREATE OR REPLACE FUNCTION category_search_vector_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Product" p
     SET "searchVector" = product_search_vector(p."title", p."brand", p."description", NEW."name",
                                                product_attribute_text(p."id"))
   WHERE p."categoryId" = NEW."id";
  RETURN NULL;
END;
$$;

DROP FUNCTION product_search_vector(text, text, text, text);

-- A variant added, removed, or its options (or product) changed: refresh its product(s).
-- Stock, price and activity changes do not fire it.
CREATE FUNCTION variant_search_vector_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Product" p
     SET "searchVector" = product_search_vector(p."title", p."brand", p."description",
                                                (SELECT c."name" FROM "Category" c WHERE c."id" = p."categoryId"),
                                                product_attribute_text(p."id"))
   WHERE p."id" IN (
     SELECT x FROM unnest(ARRAY[
       CASE WHEN TG_OP <> 'DELETE' THEN NEW."productId" END,
       CASE WHEN TG_OP <> 'INSERT' THEN OLD."productId" END]) x WHERE x IS NOT NULL);
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Variant_search_vector" AFTER INSERT OR DELETE OR UPDATE OF "options", "productId" ON "Variant"
  FOR EACH ROW EXECUTE FUNCTION variant_search_vector_refresh();

-- Every product, with its variants' attributes.
UPDATE "Product" p
   SET "searchVector" = product_search_vector(p."title", p."brand", p."description", c."name",
                                              product_attribute_text(p."id"))
  FROM "Category" c
 WHERE c."id" = p."categoryId";
