# Graphviz DOT (cgraph) and rendered diagrams (gvc): SVG, PNG, PDF.
target_sources(og_export PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/dot.c
  ${CMAKE_CURRENT_SOURCE_DIR}/dot_cluster.c
  ${CMAKE_CURRENT_SOURCE_DIR}/dot_legend.c
  ${CMAKE_CURRENT_SOURCE_DIR}/render.c)
