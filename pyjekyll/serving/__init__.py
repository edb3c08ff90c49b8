"""The development server: HTTP, LiveReload, file watching and incremental rebuilds."""
