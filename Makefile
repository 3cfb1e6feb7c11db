# Two entry points on a fresh Debian machine with Python 3.11: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DATA ?= data
PORT ?= 8501
API_PORT ?= 8502

.PHONY: run api test install system-deps ingest index clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# torch first and pinned: the CPU wheel (a plain `pip install torch` pulls GB of CUDA packages)
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[dev,cluster]'
	touch $@

install: $(VENV)/.installed

# OCR for scanned PDFs and Chromium for the end-to-end test; skipped (with a note) where apt-get cannot run.
system-deps:
	@if command -v tesseract >/dev/null && command -v chromium >/dev/null && tesseract --list-langs 2>/dev/null | grep -q nld; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-nld chromium chromium-driver >/dev/null) \
		|| echo "note: apt-get could not install tesseract/chromium; scanned PDFs and the browser test are skipped"; \
	else echo "note: install tesseract-ocr tesseract-ocr-nld chromium chromium-driver for OCR and the browser test"; fi

ingest: install system-deps
	$(PY) -m ingest corpus --data $(DATA)

index: ingest
	$(PY) -m index build --data $(DATA)

run: index
	$(VENV)/bin/streamlit run app.py --server.port $(PORT) --server.headless true -- --data $(DATA)

# the read-only HTTP JSON API (README: HTTP JSON API) on 127.0.0.1:$(API_PORT)
api: index
	$(PY) -m index serve --data $(DATA) --port $(API_PORT)

test: install system-deps
	$(PY) -m pytest

clean:
	rm -rf $(DATA) tests/artifacts
