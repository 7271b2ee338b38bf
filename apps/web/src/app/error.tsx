'use client';

import { pageErrorFor } from '@/components/ui/page-error';

export default pageErrorFor('root');
