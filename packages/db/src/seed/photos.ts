import sharp from 'sharp';

/**
 * A drawn progress "photo" for the demo (never a photograph of a person): a plain silhouette from
 * the back or the front, narrower at the waist as `progress` goes from 0 to 1, with a caption
 * saying it is demo art. JPEG at a full size and a thumbnail, like an uploaded photo.
 */
export async function drawProgressImage(options: {
  pose: 'front' | 'back';
  progress: number;
  hue: number;
}): Promise<{ full: Buffer; thumb: Buffer; width: number; height: number }> {
  const width = 900;
  const height = 1200;
  const waist = 150 - 30 * options.progress;
  const hips = 185 - 22 * options.progress;
  const cx = width / 2;
  const skin = `hsl(${options.hue}, 35%, 62%)`;
  const spine =
    options.pose === 'back'
      ? `<line x1="${cx}" y1="330" x2="${cx}" y2="700" stroke="hsl(${options.hue}, 30%, 48%)" stroke-width="6"/>`
      : `<circle cx="${cx}" cy="640" r="7" fill="hsl(${options.hue}, 30%, 48%)"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#e9eef5"/><stop offset="1" stop-color="#c9d3e0"/></linearGradient></defs>
    <rect width="${width}" height="${height}" fill="url(#bg)"/>
    <circle cx="${cx}" cy="200" r="85" fill="${skin}"/>
    <path d="M ${cx - 210} 330 Q ${cx} 280 ${cx + 210} 330
             L ${cx + waist} 640 L ${cx + hips} 820 L ${cx - hips} 820 L ${cx - waist} 640 Z" fill="${skin}"/>
    <path d="M ${cx - 205} 335 L ${cx - 265} 700 L ${cx - 225} 705 L ${cx - 170} 420 Z" fill="${skin}"/>
    <path d="M ${cx + 205} 335 L ${cx + 265} 700 L ${cx + 225} 705 L ${cx + 170} 420 Z" fill="${skin}"/>
    <rect x="${cx - hips}" y="820" width="${hips * 2}" height="330" rx="40" fill="#4a5568"/>
    ${spine}
    <text x="24" y="${height - 24}" font-family="sans-serif" font-size="30" fill="#4a5568">Sixstep demo drawing · ${options.pose}</text>
  </svg>`;
  const drawn = sharp(Buffer.from(svg));
  const [full, thumb] = await Promise.all([
    drawn.clone().jpeg({ quality: 80 }).toBuffer(),
    drawn.clone().resize({ width: 240 }).jpeg({ quality: 75 }).toBuffer(),
  ]);
  return { full, thumb, width, height };
}
