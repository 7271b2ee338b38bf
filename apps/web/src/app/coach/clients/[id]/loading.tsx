export default function ClientLoading() {
  return (
    <p role="status" className="muted">
      Loading the client…
    </p>
  );
}
