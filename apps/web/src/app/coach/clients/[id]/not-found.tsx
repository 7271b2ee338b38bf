import Link from 'next/link';

export default function ClientNotFound() {
  return (
    <div className="card">
      <h1>Client not found</h1>
      <p>
        There is no client of yours at this address. They may belong to another coach, or the link
        may be wrong.
      </p>
      <Link href="/coach">Back to your clients</Link>
    </div>
  );
}
