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
  if (/^(https?:\/\/|\/)/.test(icon)) {
    return <img className="entity-icon" src={icon} alt="" width={20} height={20} loading="lazy" />;
  }
  return (
    <span className="entity-icon" aria-hidden="true">
      {icon}
    </span>
  );
}
