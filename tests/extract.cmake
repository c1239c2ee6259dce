# Recognisers (extract/: mentions, identity, relations): unit tests, the
# must-haves on the shared seeds, and golden dumps of small documents
# (tests/golden/extract/<case>/input.txt -> expected.txt via og_graph_dump;
# OG_UPDATE_GOLDEN=1 regenerates).
og_add_unit_test(extract unit/test_extract.c)
og_add_unit_test(extract_seeds unit/test_extract_seeds.c)
og_add_unit_test(extract_golden unit/test_extract_golden.c)
