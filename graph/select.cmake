# Subgraph selection (og_select), --types/--predicates parsing and the default
# diagram view (og_diagram_trim). Reads graphs through the public API only.
target_sources(og_graph PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/select.c)
