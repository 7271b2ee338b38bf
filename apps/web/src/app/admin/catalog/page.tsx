import type { Metadata } from 'next';
import Link from 'next/link';
import { CatalogBrowser } from '@/components/admin/catalog-browser';

export const metadata: Metadata = { title: 'Exercise catalog' };

export default function CatalogPage() {
  return (
    <>
      <div className="row">
        <h1>Exercise catalog</h1>
        <span className="spacer" />
        <Link href="/admin/catalog/new" className="button">
          New exercise
        </Link>
      </div>
      <CatalogBrowser />
    </>
  );
}
