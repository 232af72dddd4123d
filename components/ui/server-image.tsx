import { getImageProps, type ImageProps } from "next/image";
import { preload } from "react-dom";

/**
 * An optimised image (the same srcset, sizes and lazy loading as next/image) as a plain
 * <img>. next/image's <Image> is a client component, so every one on a page is hydrated; the
 * images of server-rendered listings (a category page has 24) need none of its client
 * behaviour, and on a cheap phone that hydration delays the first paint of the LCP image.
 * `preload` also puts a high-priority preload in the head, as <Image preload> does.
 */
export function ServerImage({ preload: isPreload = false, alt, ...rest }: ImageProps & { alt: string }) {
  // fetchPriority too: Next 16's preload no longer raises it, and a low-priority LCP image
  // waits behind every script on a slow connection
  const { props } = getImageProps({ alt, ...rest, ...(isPreload ? { preload: true, fetchPriority: "high" } : {}) });
  if (isPreload && props.src) {
    preload(props.src, {
      as: "image",
      fetchPriority: "high",
      ...(props.srcSet ? { imageSrcSet: props.srcSet } : {}),
      ...(props.sizes ? { imageSizes: props.sizes } : {}),
    });
  }
  // props carry alt, srcset, sizes, loading, decoding and the fill styles
  // eslint-disable-next-line @next/next/no-img-element
  return <img {...props} />;
}
