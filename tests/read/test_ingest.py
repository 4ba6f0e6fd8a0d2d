from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from pipeline.errors import IngestError
from pipeline.read.ingest import decode, discover, discover_all, doc_ids_unique, read
from tests.conftest import REAL

TEXT = "郑州市测试行动方案\n1）推进测试\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16-le"),  # Python writes a little-endian BOM
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
    ],
)
def test_decode_supported_encodings(data: bytes, encoding: str) -> None:
    assert decode(data, Path("x.txt")) == (TEXT, encoding)


def test_empty_file_is_an_error_naming_the_file() -> None:
    with pytest.raises(IngestError) as err:
        decode(b" \n\n", Path("raw/empty.txt"))
    assert str(err.value) == "raw/empty.txt: the file is empty — export the plan's text into it"


def test_binary_file_names_its_line() -> None:
    with pytest.raises(IngestError) as err:
        decode(b"abc\ndef\x00\x01", Path("x.bin"))
    assert err.value.line == 2
    assert "binary content" in err.value.message


def test_undecodable_bytes_name_offset_and_line() -> None:
    # 0xFF 0xFF is invalid in both UTF-8 and GB18030.
    with pytest.raises(IngestError) as err:
        decode("第一行\n".encode() + b"\xff\xff", Path("x.txt"))
    assert err.value.line == 2
    assert err.value.message == "cannot decode byte b'\\xff' at offset 10 as UTF-8 or GB18030"


def test_read_real_document_keeps_raw_checksum() -> None:
    raw = read(REAL)
    assert raw.sha256 == hashlib.sha256(REAL.read_bytes()).hexdigest()
    assert raw.sha256 == "da568d7731c36054716f44cc70b9b9f46a5d0a047d5592cf742ba778724c3b00"
    assert raw.doc_id == "zhengzhou-digital-government-action-plan"
    assert raw.sidecar.published is not None
    assert raw.sidecar.published.isoformat() == "2024-01-08"
    assert [c.file_line for c in raw.corrections] == [5, 10]


def test_sidecar_rejects_unknown_keys(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.toml").write_text('[document]\npublisher = "x"\n', encoding="utf-8")
    with pytest.raises(IngestError, match=r"unknown key 'publisher' in \[document\]"):
        read(tmp_path / "a.txt")


def test_correction_without_find_is_refused_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.corrections.toml").write_text(
        '# fixes\n\n[[correction]]\nreplace = "x"\nreason = "y"\n', encoding="utf-8"
    )
    with pytest.raises(IngestError) as err:
        read(tmp_path / "a.txt")
    assert (err.value.line, err.value.message) == (3, "[correction] entry 1 has no find")


def test_docx_paragraphs_become_lines(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    for text in ["标题", "1）任务"]:
        document.add_paragraph(text)
    path = tmp_path / "plan.docx"
    document.save(str(path))
    raw = read(path)
    assert (raw.text, raw.encoding) == ("标题\n1）任务", "docx")


def test_discover_lists_documents_sorted_and_skips_sidecars(tmp_path: Path) -> None:
    for name in ["b.txt", "a.docx", "a.toml", "b.corrections.toml", "notes.csv"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in discover([tmp_path])] == ["a.docx", "b.txt"]


def test_discover_says_what_it_skips_and_which_sidecars_have_no_plan(tmp_path: Path) -> None:
    names = [
        "plan.txt",
        "plan.toml",
        "README.md",
        "._plan.txt",
        "old.toml",
        "gone.corrections.toml",
    ]
    for name in names:
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = discover_all([tmp_path])
    assert [p.name for p in found.plans] == ["plan.txt"]
    assert [p.name for p in found.skipped] == ["._plan.txt", "README.md"]
    assert [p.name for p in found.orphans] == ["gone.corrections.toml", "old.toml"]


def test_discover_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="no such file or folder"):
        discover([tmp_path / "nope.txt"])


def test_discover_skips_sidecars_given_by_a_glob(tmp_path: Path) -> None:
    for name in ["a.txt", "a.toml", "a.corrections.toml"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in discover(sorted(tmp_path.iterdir()))] == ["a.txt"]


def test_malformed_toml_names_its_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.corrections.toml").write_text(
        '[[correction]]\nfind = "x"\nreplace = \n', encoding="utf-8"
    )
    with pytest.raises(IngestError) as err:
        read(tmp_path / "a.txt")
    assert err.value.line == 3
    assert err.value.message.startswith("malformed TOML: ")


def test_two_files_with_one_document_id_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    for folder in (tmp_path, tmp_path / "a"):
        (folder / "plan.txt").write_text(TEXT, encoding="utf-8")
    with pytest.raises(IngestError, match="document id 'plan' is also used by"):
        doc_ids_unique([tmp_path / "plan.txt", tmp_path / "a" / "plan.txt"])


def test_a_page_saved_as_text_is_read_as_the_page(tmp_path: Path) -> None:
    path = tmp_path / "scrape.txt"
    page = '<p class="a">一、甲街道</p> <p class="a">1.清理垃圾。(责任单位:区城管局)</p> <p>2.整治占道。</p>'
    path.write_text(page, encoding="gb18030")
    raw = read(path)
    assert raw.encoding == "html (gb18030)"
    assert raw.text == "一、甲街道\n1.清理垃圾。(责任单位:区城管局)\n2.整治占道。"


@pytest.mark.parametrize(
    "text",
    [
        "1.建设<p>平台</p>。<div>x</div><br>",  # a tag mid-text, not opening the file
        "<p>一、总体要求</p>\n1.推进测试。<br>",  # two block tags: a stray fragment
        "<郑州市测试方案>\n<p>1.推进。</p><p>2.</p><p>3.</p>",  # 《》 typed as <>
    ],
)
def test_text_with_stray_tags_stays_text(tmp_path: Path, text: str) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    raw = read(path)
    assert (raw.encoding, raw.text) == ("utf-8", text)
