// Printed by `pnpm dev` so a fresh checkout shows where the app is and how to sign in.
const port = process.env.PORT ?? '3000';
const database = process.env.DATABASE_URL
  ? 'PostgreSQL from DATABASE_URL'
  : 'embedded PGlite in .data/ (demo data loaded on first start)';
console.log(`
  Sixstep is starting on http://localhost:${port}
  Database: ${database}

  Demo logins (password for all: sixstep-demo)
    admin   admin@sixstep.test
    coach   coach@sixstep.test   (also coach2@sixstep.test)
    client  client@sixstep.test
`);
