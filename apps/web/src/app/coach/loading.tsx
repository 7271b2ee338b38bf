export default function CoachLoading() {
  return (
    <p role="status" className="muted">
      Loading…
    </p>
  );
}
