// The item's picture: media:content marked as an image, else media:thumbnail (also inside media:group),
// else an image enclosure. Video or audio media:content is not a picture.
import type { MediaNs, RssFeed } from 'feedsmith';

type MediaContent = MediaNs.Content;

const isImage = (content: MediaContent): boolean =>
  content.medium === 'image' || (content.type?.startsWith('image/') ?? false) ||
  (content.medium === undefined && content.type === undefined && /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i.test(content.url ?? ''));

function fromContents(contents: ReadonlyArray<MediaContent> | undefined): string | undefined {
  if (!contents) return undefined;
  // The widest picture: feeds often list a thumbnail first and the full-size image after it.
  const images = contents.filter((content) => content.url && isImage(content));
  const image = images.reduce<MediaContent | undefined>((best, content) => ((content.width ?? 0) > (best?.width ?? -1) ? content : best), undefined);
  return image?.url ?? contents.flatMap((content) => content.thumbnails ?? [])[0]?.url;
}

/** The best image URL in a media: block (unresolved: the caller resolves it against the item's base). */
export function mediaImage(media: MediaNs.ItemOrFeed | undefined): string | undefined {
  if (!media) return undefined;
  const groups = media.groups ?? [];
  return (
    fromContents(media.contents) ??
    groups.map((group) => fromContents(group.contents)).find(Boolean) ??
    media.thumbnails?.[0]?.url ??
    groups.flatMap((group) => group.thumbnails ?? [])[0]?.url
  );
}

export const enclosureImage = (enclosures: ReadonlyArray<RssFeed.Enclosure> | undefined): string | undefined =>
  enclosures?.find((enclosure) => enclosure.type?.startsWith('image/') && enclosure.url)?.url;
