# Scale: NDJSON fragments (unit), merge/--into/-j determinism (e2e, see
# tests/scale/), and the Dask map/reduce run (skips when Dask cannot be had).
og_add_unit_test(fragment unit/test_fragment.c)
