"""A page saved by Word ("Save as Web Page"): a paragraph's spans make one line."""

from __future__ import annotations

from pathlib import Path

from pipeline.read.ingest import read

WORD_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<style>
<!--
 p.MsoNormal {margin:0cm; font-family:等线;}
-->
</style></head>
<body lang=ZH-CN><div class=WordSection1>
<p class=MsoNormal><span style='font-family:黑体'>二、促进义务教育优质均衡<span
lang=EN-US><o:p></o:p></span></span></p>
<p class=MsoNormal style='text-indent:32.0pt'><span lang=EN-US
style='font-size:16.0pt;font-family:仿宋_GB2312'>3.</span><span
style='font-size:16.0pt;font-family:仿宋_GB2312'>推进城区学校扩容。</span><span
style='font-size:16.0pt;font-family:楷体_GB2312'>（县教育局牵头，县财政局配合；完成时限：<span
lang=EN-US>2025</span>年<span lang=EN-US>8</span>月底前）</span><span
lang=EN-US><o:p></o:p></span></p>
</div></body></html>"""


def test_a_word_paragraph_of_spans_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "plan.htm"
    path.write_text(WORD_PAGE, encoding="utf-8")
    assert read(path).text.split("\n") == [
        "二、促进义务教育优质均衡",
        "3.推进城区学校扩容。（县教育局牵头，县财政局配合；完成时限：2025年8月底前）",
    ]
