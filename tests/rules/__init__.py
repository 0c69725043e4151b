"""The model-free rule tests (issue 14): a package, so that its module names
(test_extract, …) do not clash with the end-to-end tests in tests/."""
