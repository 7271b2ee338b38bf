import type { Metadata } from 'next';
import { ProgramTemplateEditor } from '@/components/admin/program-template-editor';

export const metadata: Metadata = { title: 'Program template' };

export default function ProgramPage() {
  return (
    <>
      <h1>System program template</h1>
      <p className="muted">
        These weekly targets are where every new assignment starts. Coaches adjust them per client;
        changing them here never rewrites a program a client already has.
      </p>
      <ProgramTemplateEditor />
    </>
  );
}
