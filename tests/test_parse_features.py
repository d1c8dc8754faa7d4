"""What the parser reads beyond the five directives: legacy encodings, interleaved header
columns, partial dates, authority prefixes, deadlines, citations, agency tasks, news articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from viparse.normalize.tcvn3 import TCVN3
from viparse.normalize.vni import VNI

from chungtay.catalogue import build_corpus
from chungtay.cli import main
from chungtay.parse import parse, read_directive

PLAN = """UBND TỈNH TUYÊN QUANG
BAN CHỈ ĐẠO 138
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 74/KH–UBND | Tuyên Quang, ngày 07 tháng 7 năm 2020
KẾ HOẠCH
Tổ chức các hoạt động hưởng ứng Ngày toàn dân phòng, chống mua bán người năm 2020
Căn cứ Quyết định số 193/QĐ-TTg ngày 09/02/2021 của Thủ tướng Chính phủ về Chương trình phòng, chống mua bán người; Kế hoạch số 45/KH-UBND ngày 12 tháng 3 năm 2020 của UBND tỉnh, Ban Chỉ đạo xây dựng kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Tuyên truyền sâu rộng với khẩu hiệu “Chung tay phòng, chống mua bán người”.
II. PHÂN CÔNG TRÁCH NHIỆM
1. CÔNG AN TỈNH
Chủ trì tổ chức đợt cao điểm từ ngày 01/7 đến hết ngày 31/7/2020.
2. Sở LĐ-TB&XH:
Hỗ trợ nạn nhân trở về.
3. Đề nghị Ủy ban MTTQ Việt Nam tỉnh (cơ quan phối hợp)
Vận động hội viên tham gia.
III. TỔ CHỨC THỰC HIỆN
- Sở Y tế: chỉ đạo các cơ sở y tế tiếp nhận nạn nhân.
Các cơ quan, đơn vị báo cáo kết quả về Công an tỉnh (qua Phòng PC02) trước ngày 15/8/2020 để tổng hợp./.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(Đã ký)
Nguyễn Văn Sơn
"""


def test_interleaved_header_columns_are_told_apart() -> None:
    r = parse(PLAN)
    assert (r.number, r.serial, r.symbol) == ("74/KH-UBND", "74", "KH-UBND")
    assert (r.place, r.date, r.doc_type) == ("Tuyên Quang", "2020-07-07", "Kế hoạch")
    assert r.subject == "Tổ chức các hoạt động hưởng ứng Ngày toàn dân phòng, chống mua bán người năm 2020"
    assert r.issuer == ["UBND TỈNH TUYÊN QUANG", "BAN CHỈ ĐẠO 138"]


def test_signer_authority_is_its_own_field() -> None:
    r = parse(PLAN)
    assert r.signer_authority == "KT."  # the innermost: a deputy signs for the chair, for the committee
    assert r.signer_title == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert r.signer_name == "Nguyễn Văn Sơn"


@pytest.mark.parametrize("prefix", ["KT.", "TM.", "Q.", "TL.", "TUQ."])
def test_every_authority_prefix(prefix: str) -> None:
    text = PLAN.replace("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n", f"{prefix} GIÁM ĐỐC\n")
    assert parse(text).signer_authority == prefix


def test_blank_day_keeps_year_and_month() -> None:
    r = parse(PLAN.replace("ngày 07 tháng 7", "ngày    tháng 7").replace("Số: 74/", "Số:     /"))
    assert (r.date, r.year, r.month, r.number, r.serial, r.symbol) == (None, 2020, 7, None, None, "KH-UBND")
    assert {"blank_day", "blank_number"} <= {w.code for w in r.warnings}


def test_deadlines_say_what_is_due() -> None:
    (deadline,) = parse(PLAN).deadlines
    assert deadline.date == "2020-08-15"
    assert deadline.for_ == "Các cơ quan, đơn vị báo cáo kết quả về Công an tỉnh (qua Phòng PC02)"


def test_citations_carry_type_date_and_issuer() -> None:
    r = parse(PLAN)
    assert r.references == ["193/QĐ-TTg", "45/KH-UBND"]
    first, second = r.citations
    assert (first.type, first.date, first.issuer) == ("Quyết định", "2021-02-09", "Thủ tướng Chính phủ")
    assert (second.type, second.date, second.issuer) == ("Kế hoạch", "2020-03-12", "UBND tỉnh")


def test_citation_links_to_a_directive_in_the_corpus() -> None:
    citing = parse(PLAN)
    cited = parse(PLAN.replace("74/KH–UBND", "45/KH-UBND").replace("Kế hoạch số 45/KH-UBND", "Kế hoạch số 9/KH-UBND"))
    corpus = build_corpus([(citing, "a"), (cited, "b")])
    entry = next(e for e in corpus.entries if e.record is citing)
    target = next(e for e in corpus.entries if e.record is cited)
    assert [c.directive for c in entry.record.citations] == [None, target.slug]


def test_tasks_per_agency_with_one_name_across_spellings() -> None:
    tasks = parse(PLAN).tasks
    assert [t.as_printed for t in tasks] == [
        "CÔNG AN TỈNH", "Sở LĐ-TB&XH", "Ủy ban MTTQ Việt Nam tỉnh", "Sở Y tế",
    ]
    assert [t.agency for t in tasks] == [
        "Công an tỉnh", "Sở Lao động - Thương binh và Xã hội", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Sở Y tế",
    ]
    assert tasks[0].text == "Chủ trì tổ chức đợt cao điểm từ ngày 01/7 đến hết ngày 31/7/2020."
    assert tasks[3].text == "chỉ đạo các cơ sở y tế tiếp nhận nạn nhân."
    other = parse(PLAN.replace("1. CÔNG AN TỈNH", "1. Công an tỉnh").replace("Sở LĐ-TB&XH", "Sở Lao động, Thương binh và Xã hội"))
    assert [t.agency for t in other.tasks] == [t.agency for t in tasks]


def test_both_tone_placements_are_one_agency() -> None:
    a = parse(PLAN.replace("Ủy ban MTTQ", "Uỷ ban MTTQ")).tasks[2]
    assert a.as_printed == "Uỷ ban MTTQ Việt Nam tỉnh" and a.agency == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"


@pytest.mark.parametrize("dash", ["\u2013", "\u2011", "\u2010", "\u2212"])
def test_dashes_in_symbols_are_unified(dash: str) -> None:
    assert parse(PLAN.replace("74/KH–UBND", f"74/KH{dash}UBND")).number == "74/KH-UBND"


def _legacy(text: str, charmap) -> str:
    """Unicode text as a legacy font shows it (accented capitals typed as small letters in TCVN3)."""
    inverse = {uni: legacy for legacy, uni in charmap.pairs}
    return "".join(inverse.get(ch) or inverse.get(ch.lower()) or ch for ch in text)


def test_tcvn3_bytes_are_detected_and_converted(tmp_path: Path) -> None:
    path = tmp_path / "tcvn3.txt"
    path.write_bytes(_legacy(PLAN, TCVN3).encode("cp1252"))
    r = read_directive(path)
    assert r.encoding == "tcvn3" and "legacy_converted" in [w.code for w in r.warnings]
    assert (r.number, r.date, r.signer_name) == ("74/KH-UBND", "2020-07-07", "Nguyễn Văn Sơn")
    assert r.issuer == ["UBND TỈNH TUYÊN QUANG", "BAN CHỈ ĐẠO 138"]  # capitals restored
    assert r.slogans == ["Chung tay phòng, chống mua bán người"]


def test_vni_text_pasted_as_unicode_is_converted() -> None:
    r = parse(_legacy(PLAN, VNI))
    assert r.encoding == "vni"
    assert (r.number, r.place, r.subject) == (
        "74/KH-UBND", "Tuyên Quang",
        "Tổ chức các hoạt động hưởng ứng Ngày toàn dân phòng, chống mua bán người năm 2020",
    )


def test_other_8_bit_text_is_refused_naming_its_encoding(tmp_path: Path) -> None:
    path = tmp_path / "cp1258.txt"
    # Windows-1258 writes tones as combining marks: "Hòa bình, các bạn, đình".
    path.write_bytes("Ho\u0300a bi\u0300nh, ca\u0301c ba\u0323n, đi\u0300nh".encode("cp1258"))
    r = read_directive(path)
    (warning,) = r.warnings
    assert warning.code == "directive_failed" and warning.line == 1
    assert "Windows-1258" in warning.message("en")


def test_unicode_text_with_latin_accents_is_left_alone() -> None:
    text = "Hola señor, ¿cómo está? Mañana es el día. Ça va très bien, merci beaucoup à tous."
    assert parse(text).encoding is None


ARTICLE = """Trang chủ | Thời sự | Chính trị | Xã hội
Thứ Bảy, ngày 23/11/2024
Đăng nhập
Tuyên Quang ra quân hưởng ứng Tháng hành động phòng, chống ma túy
Thứ Sáu, 26/06/2020 - 08:15
Sáng 26/6, Ban Chỉ đạo 138 tỉnh tổ chức lễ ra quân với khẩu hiệu “Hãy tránh xa ma túy”.
Hơn 500 đoàn viên thanh niên tham gia diễu hành.
Thu Hà
Chia sẻ
Tin liên quan
Các tin khác về ma túy
Bản quyền thuộc về Báo Tuyên Quang
"""


def test_news_article_without_the_page_chrome() -> None:
    r = parse(ARTICLE)
    assert r.doc_type == "Tin bài"
    assert r.subject == "Tuyên Quang ra quân hưởng ứng Tháng hành động phòng, chống ma túy"
    assert (r.date, r.published, r.signer_name) == ("2020-06-26", "2020-06-26T08:15:00+07:00", "Thu Hà")
    assert [b.text for b in r.body] == [
        "Sáng 26/6, Ban Chỉ đạo 138 tỉnh tổ chức lễ ra quân với khẩu hiệu “Hãy tránh xa ma túy”.",
        "Hơn 500 đoàn viên thanh niên tham gia diễu hành.",
    ]
    chrome = [w for w in r.warnings if w.code == "page_chrome"]
    assert [w.lines for w in chrome] == [(1, 2, 3), (9, 10, 11, 12)]


@pytest.mark.parametrize("stamp", [
    "Cập nhật lúc 19:37\nThứ Tư, 19/05/2021 (GMT+7)",  # a copy split the stamp before the date
    "Thứ Tư, 19/05/2021\n19:37 (GMT+7)",              # … or after it
])
def test_a_publication_time_split_over_two_lines_is_one_stamp(stamp: str) -> None:
    # Found by the property tests: the time ended up as a body paragraph.
    r = parse(f"Tích cực hưởng ứng Ngày toàn dân phòng, chống mua bán người\n{stamp}\nNội dung bài viết.")
    assert r.published == "2021-05-19T19:37:00+07:00"
    assert [b.text for b in r.body] == ["Nội dung bài viết."]


def test_a_name_beside_the_time_that_is_not_the_author_is_reported() -> None:
    r = parse("Tích cực hưởng ứng Ngày toàn dân phòng, chống mua bán người\nMinh Anh | 19/05/2021 08:15\n"
              "Nội dung bài viết.\nThu Hà")
    assert r.signer_name == "Thu Hà"
    [w] = [w for w in r.warnings if w.code == "stamp_leftover"]
    assert w.lines == (2,) and "Minh Anh" in w.message("vi")


def test_a_telegram_keeps_its_urgency_mark_and_its_addressees() -> None:
    r = parse("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố:     /CĐ-UBND\nHỎA TỐC\n"
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
              "Quảng Ngãi, ngày 29 tháng 5 năm 2023\nCÔNG ĐIỆN\nVề việc phòng, chống đuối nước cho trẻ em\n"
              "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n- Giám đốc Công an tỉnh;\n- Giám đốc Sở Y tế.\n"
              "Yêu cầu các đơn vị triển khai ngay./.")
    assert r.issuer == ["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"] and r.marks == ["HỎA TỐC"]
    assert r.doc_type == "Công điện" and r.recipients == ["Giám đốc Công an tỉnh", "Giám đốc Sở Y tế"]


def test_the_other_column_beside_the_distribution_list_is_the_signature() -> None:
    r = parse(PLAN.split("Nơi nhận:")[0] + "Nơi nhận:\t\t\tKT. TRƯỞNG BAN\n- Như trên;\t\tPHÓ TRƯỞNG BAN\n"
              "- Lưu: VT.       (Đã ký)\n\t\tThượng tá Huỳnh Văn Lợi")
    assert r.cc == ["Như trên", "Lưu: VT"]
    assert (r.signer_title, r.signer_name, r.signer_rank) == (["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"], "Huỳnh Văn Lợi", "Thượng tá")


def test_a_law_cited_by_its_name_then_its_number() -> None:
    r = parse(PLAN.replace("Căn cứ Quyết định", "Căn cứ Luật Phòng, chống mua bán người số 66/2011/QH12; Quyết định"))
    assert r.citations[0].number == "66/2011/QH12" and r.citations[0].type == "Luật"


def test_slogans_listed_without_quotes_periods_to_the_end_of_a_year_and_toll_free_lines() -> None:
    r = parse(PLAN.replace(
        "Tuyên truyền sâu rộng với khẩu hiệu “Chung tay phòng, chống mua bán người”.",
        "Khẩu hiệu tuyên truyền:\n- An toàn cháy, nổ bắt đầu từ mỗi gia đình;\n- Khi có cháy, hãy gọi 114.\n"
        "Tuyên truyền từ nay đến hết năm 2020 về Đường dây tư vấn và hỗ trợ trẻ em 1800 1567, báo qua số 113."))
    assert r.slogans == ["An toàn cháy, nổ bắt đầu từ mỗi gia đình", "Khi có cháy, hãy gọi 114"]
    assert ("2020-07-07", "2020-12-31") in [(p.start, p.end) for p in r.periods]
    assert r.hotlines[:3] == ["114", "1800 1567", "113"]


def test_a_deadline_in_a_table_row_is_for_the_rows_task() -> None:
    r = parse(PLAN.replace("Các cơ quan, đơn vị báo cáo",
                           "| TT | Nội dung | Đơn vị | Thời gian |\n| 1 | Lễ mít tinh | Công an tỉnh | Ngày 27/7/2020 |\n"
                           "| 2 | Báo cáo kết quả đợt cao điểm | Sở Tư pháp | Trước ngày 05/8/2020 |\nCác cơ quan, đơn vị báo cáo"))
    assert [(d.date, d.for_) for d in r.deadlines][0] == ("2020-08-05", "Báo cáo kết quả đợt cao điểm")


def test_a_decision_that_issues_a_plan_is_signed_between_the_two() -> None:
    lines = PLAN.split("\n")
    decision = "\n".join(lines[:5]) + "\nQUYẾT ĐỊNH\nBan hành Kế hoạch phòng, chống mua bán người\n" \
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống mua bán người năm 2020./.\n"
    r = parse(decision + "Nơi nhận:      KT. CHỦ TỊCH\n- Như Điều 3;      PHÓ CHỦ TỊCH\n- Lưu: VT.      Nguyễn Văn Sơn\n"
              "2\nỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKẾ HOẠCH\n"
              "(Ban hành kèm theo Quyết định số 74/KH-UBND)\n" + "\n".join(lines[8:17]))
    assert (r.doc_type, r.signer_name, r.signer_title, r.cc) == (
        "Quyết định", "Nguyễn Văn Sơn", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], ["Như Điều 3", "Lưu: VT"])
    assert [t.agency for t in r.tasks][:2] == ["Công an tỉnh", "Sở Lao động - Thương binh và Xã hội"]


def test_share_links_under_an_articles_time_are_page_chrome() -> None:
    r = parse("Quảng Nam ra quân bảo đảm an toàn giao thông cho học sinh\nThứ Sáu, 31/08/2018 - 15:42\n"
              "Chia sẻ | In bài\n\nSáng 31/8, hơn 500 học sinh tham gia diễu hành.\n\nHOÀNG LIÊN\nTin liên quan:\n- Tin khác")
    assert [b.text for b in r.body] == ["Sáng 31/8, hơn 500 học sinh tham gia diễu hành."]
    assert r.signer_name == "HOÀNG LIÊN" and 3 in [n for w in r.warnings for n in w.lines]


def test_a_youth_union_letter_with_a_party_style_number() -> None:
    r = parse("BCH ĐOÀN TỈNH ĐỒNG NAI          ĐOÀN TNCS HỒ CHÍ MINH\n***\n"
              "Số: 512-CV/TĐTN-BTG          Đồng Nai, ngày 14 tháng 6 năm 2024\n"
              "V/v an toàn trên không gian mạng cho thanh thiếu nhi\n"
              "Thực hiện Hướng dẫn số 118-HD/TWĐTN-BTG ngày 20/5/2024 của Ban Bí thư Trung ương Đoàn về tuyên truyền.")
    assert (r.issuer, r.number, r.serial, r.symbol) == (["BCH ĐOÀN TỈNH ĐỒNG NAI"], "512-CV/TĐTN-BTG", "512", "CV/TĐTN-BTG")
    assert (r.citations[0].number, r.citations[0].date) == ("118-HD/TWĐTN-BTG", "2024-05-20")


def test_a_theme_under_a_heading_that_names_slogans_is_not_a_slogan() -> None:
    r = parse(PLAN.replace("Tuyên truyền sâu rộng với khẩu hiệu “Chung tay phòng, chống mua bán người”.",
                           "2. Chủ đề, khẩu hiệu\nChủ đề năm 2020: “Đầu tư vào phòng ngừa”.\n"
                           "Khẩu hiệu tuyên truyền:\n- “Chung tay phòng, chống mua bán người”;"))
    assert r.slogans == ["Chung tay phòng, chống mua bán người"]


def test_a_very_large_file_is_parsed_and_flagged(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(PLAN * 3000, "utf-8")  # about 5 MB
    r = read_directive(path)
    assert r.number == "74/KH-UBND" and "large_text" in [w.code for w in r.warnings]


def test_parse_summary_is_readable_and_lists_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(PLAN.replace("ngày 07 tháng 7", "ngày    tháng 7"), "utf-8")
    assert main(["parse", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Số, ký hiệu: 74/KH-UBND" in out and "Công an tỉnh: Chủ trì tổ chức đợt cao điểm" in out
    assert f"{path}:5: cảnh báo: ngày ban hành để trống (chỉ có tháng 7/2020)" in out
    # dates as people write them, not ISO
    assert "01/07/2020 → 31/07/2020" in out and "hạn 15/08/2020" in out and "ngày 09/02/2021" in out
