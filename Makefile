# Clipper: `make run` opens the app, `make test` runs the whole suite.
# Both set up everything on a fresh Debian/Ubuntu machine: the Debian packages Qt needs,
# a virtual environment in .venv, and the Python dependencies.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

# Qt's runtime libraries (even offscreen), a real window's xcb libraries, and tools the
# tests and screenshots use (Xvfb, pdftoppm), and Tesseract with Korean (horizontal and
# vertical) and English for print clippings' OCR (issue 16).
DEBIAN_PACKAGES := libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 \
	libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 \
	libxcb-shape0 libxkbcommon-x11-0 xvfb poppler-utils \
	tesseract-ocr tesseract-ocr-kor tesseract-ocr-script-hang tesseract-ocr-kor-vert

.PHONY: run test lint bench setup system-deps clean

run: setup
	$(PY) main.py

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests

lint: setup
	$(VENV)/bin/ruff check clipper tests bench main.py

bench: setup
	$(PY) bench/import_bench.py

setup: system-deps $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Installs missing Debian packages when run as root (CI, containers); otherwise says
# which ones to install, since sudo would stop for a password.
system-deps:
	@command -v dpkg-query >/dev/null 2>&1 || exit 0; \
	missing=""; \
	for p in $(DEBIAN_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "Installing Debian packages:$$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
		else \
			echo "Missing Debian packages:$$missing"; \
			echo "Install them with: sudo apt-get install$$missing"; \
			exit 1; \
		fi; \
	fi

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info
