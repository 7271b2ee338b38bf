import { DownloadLink } from '@/components/ui/download-link';

/** The coach's exports of one client, as CSV files a spreadsheet opens. */
export function ClientDownloads({ clientId }: { clientId: string }) {
  const base = `/api/exports/clients/${encodeURIComponent(clientId)}`;
  return (
    <section className="card" aria-labelledby="exports-heading">
      <h2 id="exports-heading">Export</h2>
      <p className="muted">
        CSV files for a spreadsheet. The logs file has one row per logged day or workout; the
        adherence file one row per program week with each step&rsquo;s score in percent.
      </p>
      <div className="row">
        <DownloadLink href={`${base}/logs`} label="Export logs (CSV)" />
        <DownloadLink href={`${base}/adherence`} label="Export weekly adherence (CSV)" />
      </div>
    </section>
  );
}
