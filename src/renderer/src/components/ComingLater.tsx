interface ComingLaterProps {
  title: string;
  message: string;
}

/** An honest placeholder for an area that is not built yet. */
export function ComingLater({ title, message }: ComingLaterProps) {
  return (
    <section className="empty-state" aria-labelledby="later-title">
      <h1 id="later-title">{title}</h1>
      <p className="muted">{message}</p>
    </section>
  );
}
