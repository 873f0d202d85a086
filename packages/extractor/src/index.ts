// Public API of @kg/extractor.
