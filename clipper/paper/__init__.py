"""Print as data (issue 16): PDFs and scans read into page images and words, OCR with
Tesseract, reading order, region suggestions, metadata from names and pages, and the
cut. No SQL (that is store/print_pages.py) and no Qt; heavy modules (pypdfium2, numpy)
are imported inside the functions that need them."""
