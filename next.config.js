/** @type {import('next').NextConfig} */
const nextConfig = {
  // The end-to-end tests build into their own folder so they never disturb a running app.
  distDir: process.env.CIKU_DIST_DIR || '.next',
  // These load WebAssembly and data files from their own package folders at run time.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@prisma/adapter-pg', 'pg', 'pinyin-pro', 'hanzi', '@node-rs/jieba', '@open-spaced-repetition/binding-linux-x64-gnu', 'hanzi-writer-data'],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
