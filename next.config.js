/** @type {import('next').NextConfig} */
const nextConfig = {
  // The end-to-end tests build into their own folder so they never disturb a running app.
  distDir: process.env.CIKU_DIST_DIR || '.next',
  // These load WebAssembly and data files from their own package folders at run time.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@prisma/adapter-pg', 'pg', 'pinyin-pro', 'hanzi', '@node-rs/jieba', '@open-spaced-repetition/binding-linux-x64-gnu', 'hanzi-writer-data'],
  poweredByHeader: false,
  // proxy.ts sends an address ending in "/" to the one without it, with the security headers Next.js's own
  // redirect would lack.
  skipTrailingSlashRedirect: true,
  typedRoutes: false,
  experimental: {
    // Forms carry a few fields: proxy.ts refuses Server Action bodies over 64 kB (MAX_SERVER_ACTION_BODY_BYTES)
    // before Next.js reads them, and Next.js's own limit says the same (its default is 1 MB). Articles, which
    // can be larger, are posted as JSON to /api/articles/*, whose routes set their own limit.
    serverActions: { bodySizeLimit: '64kb' },
  },
};

export default nextConfig;
