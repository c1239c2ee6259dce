# Front end of extraction: documents (text, HTML, PDF repair), segmentation,
# lexicon. The pathological test generates a 50 MB line; its TIMEOUT is the
# linear-time assertion.
og_add_unit_test(doc unit/test_doc.c)
og_add_unit_test(doc_segment unit/test_doc_segment.c)
og_add_unit_test(doc_html unit/test_doc_html.c)
og_add_unit_test(doc_pdf unit/test_doc_pdf.c)
og_add_unit_test(doc_pathological unit/test_doc_pathological.c)
set_tests_properties(unit::doc_pathological PROPERTIES TIMEOUT 60)
set_tests_properties(unit::doc_html PROPERTIES TIMEOUT 30)
og_add_unit_test(lexicon unit/test_lexicon.c)
og_add_unit_test(doc_oom unit/test_doc_oom.c)
