// The bare Next app bench:serve measures as the framework's floor: one page,
// prerendered at build time, nothing per request. Built by bench/serve.ts
// into a throwaway dist dir; never part of Hallway itself.
export default { distDir: process.env.NEXT_DIST_DIR ?? ".next", poweredByHeader: false };
