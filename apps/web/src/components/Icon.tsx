/** An icon value that names an image (a URL or a path) rather than an emoji. */
const isImage = (icon: string) => /^(https?:\/\/|\/)/.test(icon);

/**
 * A system's or VTT's icon: an image when it is a URL or path, else the text itself (an
 * emoji); always with a text alternative.
 */
export function EntityIcon({ icon, name }: { icon: string | null | undefined; name: string }) {
  if (!icon) {
    return (
      <span className="entity-icon entity-icon-letter" aria-hidden="true">
        {name.slice(0, 1).toUpperCase()}
      </span>
    );
  }
  if (isImage(icon)) {
    return <img className="entity-icon" src={icon} alt="" width={20} height={20} loading="lazy" />;
  }
  return (
    <span className="entity-icon" aria-hidden="true">
      {icon}
    </span>
  );
}

/** A trophy's icon: its image, its emoji, or a cup when it has none; decorative. */
export function TrophyIcon({ icon }: { icon: string | null }) {
  return icon && isImage(icon) ? (
    <img src={icon} alt="" width={28} height={28} />
  ) : (
    <span aria-hidden="true">{icon || '🏆'}</span>
  );
}
