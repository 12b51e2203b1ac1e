"""The report: escaped HTML blocks, the chapter list, executing and rendering
a chapter notebook, the assembled page, the manifest, and the figures (one
style, byte-stable files; ``figures/`` holds one module per stage)."""
