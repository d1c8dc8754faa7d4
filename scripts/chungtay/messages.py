"""Messages a person reads on the command line, in Vietnamese and English.

The people who run chungtay are mostly Vietnamese communication offices, so Vietnamese is the
default; CHUNGTAY_LANG=en switches to English.
"""

from __future__ import annotations

import os

MESSAGES: dict[str, tuple[str, str]] = {
    "binary_file": (
        "đây là tệp nhị phân, không phải văn bản; hãy lưu văn bản dưới dạng .txt (UTF-8)",
        "this is a binary file, not text; save the document as a .txt file (UTF-8)",
    ),
    "not_utf8": (
        "tệp không phải UTF-8 (byte {byte} không đọc được; có vẻ là bảng mã {guess}); hãy lưu lại với bảng mã Unicode UTF-8",
        "the file is not UTF-8 (byte {byte} cannot be read; it looks like {guess}); save it again as Unicode UTF-8",
    ),
    "cannot_read": ("không đọc được tệp: {reason}", "cannot read the file: {reason}"),
    "empty_file": ("tệp rỗng: không có nội dung văn bản", "the file is empty: it holds no text"),
    "not_a_directive": (
        "không nhận ra văn bản hành chính (thiếu số, ký hiệu, ngày tháng và trích yếu); trang chỉ hiện nội dung",
        "not recognised as an administrative document (no number, date or subject); the page shows the text only",
    ),
    "no_date": (
        "không tìm thấy dòng địa danh, ngày tháng (\"…, ngày … tháng … năm …\")",
        "no place-and-date line found (\"…, ngày … tháng … năm …\")",
    ),
    "blank_day": (
        "ngày ban hành để trống (chỉ có tháng {month}/{year})",
        "the day of issue is left blank (only month {month}/{year} is given)",
    ),
    "legacy_converted": (
        "văn bản gõ bằng bảng mã cũ {encoding}, đã chuyển sang Unicode; chữ hoa có dấu có thể đã mất, hãy kiểm tra lại",
        "the text was typed in the legacy encoding {encoding} and has been converted to Unicode; check it, as accented capitals may be lost",
    ),
    "stamp_leftover": (
        "dòng thời gian đăng bài có chữ không xếp được vào mục nào: “{text}”",
        "the article's publication-time line holds words that fit no field: “{text}”",
    ),
    "page_chrome": (
        "bỏ qua {count} dòng ngoài bài viết (dòng {line_from}–{last}: menu, liên kết, tin khác của trang web hoặc dấu câu thừa)",
        "skipped {count} lines outside the article (lines {line_from}–{last}: the web page's menus, links, other headlines or stray punctuation)",
    ),
    "large_text": (
        "tệp rất lớn ({size} triệu ký tự; một văn bản 10 trang chỉ khoảng 40 nghìn): hãy kiểm tra có đúng tệp không",
        "a very large file ({size} million characters; a 10-page directive is about 40 thousand): check it is the right file",
    ),
    "glossary_disagrees": (
        "hai mục trong bảng thuật ngữ mâu thuẫn: “{second}” → “{second_en}” nhưng “{first}” (dòng {first_line}) → “{first_en}”",
        "two glossary entries disagree: “{second}” → “{second_en}”, but “{first}” (line {first_line}) → “{first_en}”",
    ),
    "glossary_entry": ("mục thuật ngữ thiếu trường '{field}'", "a glossary entry has no '{field}'"),
    "bad_catalog": ("tệp bản dịch lỗi: {reason}", "the translation catalog is malformed: {reason}"),
    "i18n_heading": ("Bản tiếng Anh ({catalog}): đã dịch / tổng số đoạn", "English ({catalog}): translated / all segments"),
    "i18n_pages": ("chữ trên các trang", "the pages' own words"),
    "i18n_total": ("tất cả", "everything"),
    "i18n_fuzzy": ("{count} bản dịch gợi ý cần duyệt", "{count} suggested translations to review"),
    "i18n_under": (
        "độ phủ bản dịch dưới {limit}%: {names}",
        "translation coverage under {limit}%: {names}",
    ),
    "i18n_updated": ("{catalog}: {done}/{total} đoạn đã dịch", "{catalog}: {done}/{total} segments translated"),
    "blank_number": ("số văn bản để trống", "the document number is left blank"),
    "no_subject": ("không tìm thấy trích yếu (V/v …) hay tên loại văn bản", "no subject line (V/v …) or document title found"),
    "no_signer": ("không tìm thấy người ký", "no signer found"),
    "junk_lines": (
        "bỏ qua {count} dòng chỉ có dấu câu, đường kẻ hoặc số trang",
        "skipped {count} lines holding only punctuation, rules or page numbers",
    ),
    "unplaced_lines": (
        "{count} dòng ở phần chữ ký và nơi nhận không xếp được vào mục nào (xem tệp nguồn)",
        "{count} lines around the signature and the distribution list fit no field (see the source file)",
    ),
    "bad_date": ("ngày không hợp lệ: {text}", "not a valid date: {text}"),
    "unknown_settings_key": ("khóa không hợp lệ '{key}'", "unknown key '{key}'"),
    "missing_settings_key": ("thiếu khóa '{key}'", "missing key '{key}'"),
    "bad_yaml": ("tệp YAML lỗi: {reason}", "the YAML file is malformed: {reason}"),
    "hand_written": (
        "tệp do người viết, chungtay không ghi đè; hãy đổi tên hoặc xoá nó để tạo trang",
        "this file was written by hand and chungtay will not overwrite it; rename or remove it to generate the page",
    ),
    "no_directives": ("không có văn bản nào trong {folder}", "no directives found in {folder}"),
    "directive_failed": ("bỏ qua văn bản này: {reason}", "skipping this directive: {reason}"),
    "build_failed": ("MkDocs không dựng được trang: {reason}", "MkDocs could not build the site: {reason}"),
    "built": (
        "Đã dựng trang: {directives} văn bản, {slogans} khẩu hiệu, {posters} áp phích mới → {site}",
        "Site built: {directives} directives, {slogans} slogans, {posters} new posters → {site}",
    ),
    "untranslated_note": (
        "lưu ý: {count} đoạn chưa có bản tiếng Anh (trang tiếng Anh hiện nguyên văn tiếng Việt, có ghi chú): "
        "chạy “chungtay i18n extract”, dịch trong content/translations/en.po; “chungtay i18n status” cho biết ở đâu",
        "note: {count} segments have no English yet (the English pages show the Vietnamese, with a note): "
        "run “chungtay i18n extract” and translate them in content/translations/en.po; “chungtay i18n status” shows where",
    ),
    "progress_posters": ("áp phích", "posters"),
    "progress_cards": ("ảnh chia sẻ", "page cards"),
    "progress_unit": ("bộ", "sets"),
    "no_project": (
        "không tìm thấy dự án chungtay (thư mục có mkdocs.yml và content/) ở {folder} hay các thư mục "
        "cha: hãy chuyển vào thư mục dự án (cd …) hoặc dùng --project THƯ-MỤC sau tên lệnh",
        "no chungtay project (a folder holding mkdocs.yml and content/) in {folder} or above it: "
        "change into the project folder (cd …) or give --project FOLDER after the command",
    ),
    "no_site_url": (
        "lưu ý: {campaign} chưa có site_url (địa chỉ trang web), nên áp phích chưa có mã QR và trang "
        "chưa có liên kết tuyệt đối (hreflang, og:image); ghi site_url trước khi đăng trang lên mạng",
        "note: {campaign} has no site_url (the site's address), so posters have no QR code and pages "
        "no absolute links (hreflang, og:image); set site_url before publishing the site",
    ),
    "warnings_total": ("{count} cảnh báo (xem ở trên)", "{count} warnings (see above)"),
    "error": ("lỗi", "error"),
    "warning": ("cảnh báo", "warning"),
    "no_poster_text": ("hãy cho nội dung khẩu hiệu, hoặc --from TỆP", "give the slogan text, or --from FILE"),
    "poster_written": ("Đã ghi {path}", "Wrote {path}"),
    # The poster engine (posters/, artwork.py).
    "poster_empty_slogan": ("Khẩu hiệu trống: hãy nhập nội dung khẩu hiệu.", "The slogan is empty: type the slogan's text."),
    "poster_empty_name": (
        "Tên chiến dịch trống: hãy nhập tên chiến dịch.",
        "The campaign name is empty: type the campaign's name.",
    ),
    "poster_empty_hotline": (
        "Nhãn tổng đài trống: hãy nhập nhãn, ví dụ “Tổng đài 111”.",
        "The hotline label is empty: type a label, for example “Hotline 111”.",
    ),
    "poster_unknown_format": (
        "Không có khổ áp phích “{name}”: hãy chọn một trong các khổ {known}.",
        "There is no poster size “{name}”: choose one of the sizes {known}.",
    ),
    "poster_unknown_layout": (
        "Không có bố cục “{name}”: hãy chọn một trong các bố cục {known}, hoặc ghi đường dẫn tới tệp .yml của bạn.",
        "There is no layout “{name}”: choose one of the layouts {known}, or give the path to your own .yml file.",
    ),
    "poster_layout_unreadable": ("Bố cục {file} không đọc được: {reason}.", "The layout {file} cannot be read: {reason}."),
    "poster_layout_key": ("Bố cục {file}, mục “{field}”: {what}", "Layout {file}, key “{field}”: {what}"),
    "poster_layout_needs_top": (
        "tệp bố cục cần các mục name, header, hero_panel, portrait, landscape.",
        "a layout file needs the keys name, header, hero_panel, portrait, landscape.",
    ),
    "poster_layout_needs_sizes": (
        "cần các mục margin, header_height, name_size, hero_max, … (xem classic.yml).",
        "needs the keys margin, header_height, name_size, hero_max, … (see classic.yml).",
    ),
    "poster_layout_unknown_key": (
        "không có mục này; các mục hợp lệ: {names}.",
        "there is no such key; the valid keys are: {names}.",
    ),
    "poster_layout_missing_key": ("thiếu mục này (xem classic.yml).", "this key is missing: add it (see classic.yml)."),
    "poster_layout_bool": ("hãy ghi true hoặc false.", "write true or false."),
    "poster_layout_number": ("hãy ghi một số từ {low} đến {high}.", "write a number from {low} to {high}."),
    "poster_layout_colors": (
        "cần các cặp tên: #RRGGBB, tên là một trong {names}.",
        "needs pairs of name: #RRGGBB, each name one of {names}.",
    ),
    "poster_layout_unknown_color": (
        "không có màu này; các màu hợp lệ: {names}.",
        "there is no such colour; the valid colours are: {names}.",
    ),
    "poster_layout_header": (
        "hãy ghi band (tên trên dải màu) hoặc text (tên bằng chữ màu).",
        "write band (the name on a coloured band) or text (the name in coloured letters).",
    ),
    "poster_font_missing": (
        "Không tìm thấy tệp phông chữ {file}: hãy kiểm tra thư mục phông chữ.",
        "The font file {file} was not found: check the fonts folder.",
    ),
    "poster_missing_glyph": (
        "Phông chữ {font} không có ký tự {char}(U+{code}{name}) trong {what} “{text}”: hãy bỏ hoặc thay ký tự này.",
        "The font {font} has no character {char}(U+{code}{name}) in {what} “{text}”: remove or replace this character.",
    ),
    "poster_bad_color": (
        "Mã màu “{value}” của {what} không hợp lệ: hãy viết dạng #RRGGBB, ví dụ #B3261E.",
        "The colour code “{value}” for {what} is not valid: write it as #RRGGBB, for example #B3261E.",
    ),
    "poster_color_primary": ("màu chủ đạo (primary)", "the main colour (primary)"),
    "poster_color_on_primary": ("màu chữ trên màu chủ đạo (on_primary)", "the text colour on the main colour (on_primary)"),
    "poster_color_accent": ("màu nhấn (accent)", "the accent colour (accent)"),
    "poster_color_on_accent": ("màu chữ trên màu nhấn (on_accent)", "the text colour on the accent colour (on_accent)"),
    "poster_color_background": ("màu nền (background)", "the background colour (background)"),
    "poster_color_text": ("màu chữ (text)", "the text colour (text)"),
    "poster_color_any": ("màu", "the colour"),
    "poster_role_hero": ("khẩu hiệu", "the slogan"),
    "poster_role_title": ("tên chiến dịch", "the campaign name"),
    "poster_role_badge": ("nhãn tổng đài", "the hotline label"),
    "poster_role_small": ("dòng nguồn", "the source line"),
    "poster_role_sub": ("bản tiếng Anh", "the English line"),
    "poster_role_subtitle": ("bản tiếng Anh của khẩu hiệu", "the slogan's English"),
    "poster_low_contrast": (
        "Màu chữ {fg} trên nền {bg} ({what}) chỉ có độ tương phản {ratio}:1, dưới mức tối thiểu {limit}:1 (WCAG AA): "
        "hãy chọn cặp màu đậm nhạt khác biệt hơn.",
        "The text colour {fg} on the background {bg} ({what}) has a contrast of only {ratio}:1, below the minimum of "
        "{limit}:1 (WCAG AA): choose two colours further apart in lightness.",
    ),
    "poster_qr_too_long": (
        "Đường dẫn “{url}…” quá dài để tạo mã QR: hãy dùng đường dẫn ngắn hơn.",
        "The address “{url}…” is too long for a QR code: use a shorter address.",
    ),
    "poster_qr_unreadable": (
        "Đường dẫn “{url}” quá dài để in mã QR đọc được trên khổ {format}: hãy dùng đường dẫn ngắn hơn.",
        "The address “{url}” is too long for a QR code that can be read on {format}: use a shorter address.",
    ),
    "poster_phrase_too_long": (
        "Cụm “{phrase}” trong khẩu hiệu quá dài để nằm trên một dòng ở khổ {format}: hãy rút ngắn cụm này.",
        "The phrase “{phrase}” in the slogan is too long to fit on one line on {format}: shorten this phrase.",
    ),
    "poster_slogan_too_long": (
        "Khẩu hiệu quá dài cho khổ {format} ({length} ký tự): ngay cả ở cỡ chữ nhỏ nhất còn đọc rõ ({size} px) "
        "vẫn không vừa; hãy bớt khoảng {cut} ký tự.",
        "The slogan is too long for {format} ({length} characters): even at the smallest legible size ({size} px) "
        "it does not fit; shorten it by about {cut} characters.",
    ),
    "poster_line_too_long": (
        "{What} “{text}” quá dài để nằm trên một dòng ở khổ {format}: hãy rút ngắn.",
        "{What} “{text}” is too long to fit on one line on {format}: shorten it.",
    ),
    "poster_source_too_long": (
        "Dòng nguồn “{text}” quá dài cho khổ {format}: hãy rút gọn (tối đa {max_lines} dòng).",
        "The source line “{text}” is too long for {format}: shorten it (to {max_lines} lines at most).",
    ),
    "poster_no_room_for_english": (
        "Bản tiếng Anh “{text}” không còn chỗ dưới khẩu hiệu ở khổ {format}: hãy rút ngắn bản tiếng Anh hoặc khẩu hiệu.",
        "The English “{text}” has no room left under the slogan on {format}: shorten the English or the slogan.",
    ),
    "poster_bad_suffix": (
        "Không lưu được áp phích vào “{file}”: chỉ hỗ trợ tệp .png hoặc .pdf.",
        "Cannot save the poster as “{file}”: only .png and .pdf files are supported; name the file .png or .pdf.",
    ),
    "poster_bleed_print_only": (
        "Lề xén (bleed) chỉ dùng cho khổ in A4, A3, không dùng cho {format}.",
        "Bleed is only for the print sizes A4, A3, not for {format}: leave out the bleed or choose A4 or A3.",
    ),
    "poster_bleed_pdf_only": (
        "Lề xén (bleed) và dấu cắt chỉ có trong tệp PDF: hãy lưu ra .pdf.",
        "Bleed and crop marks exist only in PDF files: save the poster as .pdf.",
    ),
    "poster_unknown_lang": (
        "Không có ngôn ngữ “{name}”: hãy chọn vi, en hoặc vi+en.",
        "There is no language “{name}”: choose vi, en or vi+en.",
    ),
    "poster_no_english": (
        "Khẩu hiệu “{text}” chưa có bản tiếng Anh: hãy cho --en \"…\", hoặc ghi “tiếng Việt | English” trên "
        "cùng một dòng; khẩu hiệu của một văn bản thì dịch trong content/translations/en.po (sau “chungtay i18n extract”).",
        "The slogan “{text}” has no English yet: give --en \"…\", or write “Vietnamese | English” on one line; "
        "a directive's slogan is translated in content/translations/en.po (after “chungtay i18n extract”).",
    ),
    # The command line's help (cli.py).
    "help_about": (
        "Văn bản chỉ đạo và khẩu hiệu vào; trang web tuyên truyền song ngữ và áp phích sẵn sàng để in ra.",
        "Directive texts and slogans in; a bilingual awareness site and print-ready posters out.",
    ),
    "help_build": ("chạy toàn bộ quy trình và dựng trang vào site/", "run the whole pipeline and build site/"),
    "help_project": ("thư mục dự án (mặc định: thư mục hiện tại)", "project folder (default: here)"),
    "help_no_site": ("chỉ ghi docs/ và áp phích, không chạy MkDocs", "write docs/ and posters, skip MkDocs"),
    "help_parse": ("đọc một văn bản chỉ đạo và in bản ghi của nó", "parse one directive and print its record"),
    "help_file": ("tệp chữ của văn bản (.txt)", "the directive's text file (.txt)"),
    "help_json": ("in bản ghi dạng JSON", "print the record as JSON"),
    "help_poster": (
        "vẽ một áp phích từ một câu bất kỳ, hoặc mỗi dòng của một tệp thành một áp phích",
        "render one poster from any text, or one per line of a file",
    ),
    "help_text": ("nội dung khẩu hiệu", "the slogan"),
    "help_from": ("mỗi dòng của TỆP thành một áp phích", "one poster per line of FILE"),
    "help_size": (
        "a4, a3 (300 dpi, PNG hoặc PDF); og 1200×630, square 1080×1080, portrait 1080×1350, story 1080×1920",
        "a4, a3 (300 dpi, PNG or PDF); og 1200×630, square 1080×1080, portrait 1080×1350, story 1080×1920",
    ),
    "help_lang": (
        "vi; en (câu tiếng Anh lấy từ --en, từ bản dịch, hoặc giữ nguyên câu đã cho); vi+en (tiếng Anh bên dưới)",
        "vi; en (the English from --en, the catalog, or the text as given); vi+en (English beneath)",
    ),
    "help_en": ("câu tiếng Anh của khẩu hiệu, cho --lang en hoặc vi+en", "the slogan's English, for --lang en or vi+en"),
    "help_layout": (
        "bố cục trong assets/layouts/ (classic, noi-bat) hoặc đường dẫn tới tệp .yml của bạn",
        "a layout in assets/layouts/ (classic, noi-bat) or a path to your own .yml",
    ),
    "help_bw": ("đen trắng, cho máy in không in được màu", "black and white, for printers without colour"),
    "help_bleed": ("chỉ với PDF: lề xén 3 mm, dấu cắt, TrimBox và BleedBox", "PDF only: 3 mm bleed, crop marks, TrimBox and BleedBox"),
    "help_output": ("tệp ra: ten.png hoặc ten.pdf", "out.png or out.pdf"),
    "help_i18n": ("các tệp bản dịch", "translation catalogs"),
    "help_action": (
        "extract: cập nhật content/translations/en.po; status: tỉ lệ đã dịch của từng văn bản",
        "extract: update content/translations/en.po; status: coverage per document",
    ),
    "help_fail_under": (
        "với status: thoát với mã 1 khi một văn bản, chữ trên các trang hay tổng số dưới PCT%%",
        "status: exit 1 when a document, the pages' words or the whole is under PCT%%",
    ),
    "help_serve": ("xem trước trang, tự tải lại khi sửa", "preview the site with live reload"),
    "help_address": ("địa chỉ và cổng (mặc định: 127.0.0.1:8000)", "address and port (default: 127.0.0.1:8000)"),
    "metavar_file": ("TỆP", "FILE"),
    "metavar_text": ("CÂU", "TEXT"),
    "metavar_command": ("LỆNH", "COMMAND"),
    "metavar_project": ("THƯ-MỤC", "PROJECT"),
    "metavar_layout": ("BỐ-CỤC", "LAYOUT"),
    "metavar_output": ("TỆP-RA", "OUTPUT"),
    "metavar_address": ("ĐỊA-CHỈ", "ADDRESS"),
    "serving": ("Xem trước tại {url} (Ctrl+C để dừng)", "Previewing at {url} (Ctrl+C to stop)"),
}


def language() -> str:
    """'vi' unless CHUNGTAY_LANG asks for English."""
    return "en" if os.environ.get("CHUNGTAY_LANG", "vi").lower().startswith("en") else "vi"


def t(key: str, lang: str | None = None, **params: object) -> str:
    """The message `key` in `lang` (default: the user's language), filled with `params`."""
    vi, en = MESSAGES[key]
    return (en if (lang or language()) == "en" else vi).format(**params)


# Why a file could not be opened, by errno, in both languages (the system's own words are English).
_OS_REASONS = {
    2: ("không có tệp này", "there is no such file"),
    13: ("không có quyền đọc tệp", "permission denied"),
    21: ("đây là một thư mục, không phải tệp", "this is a folder, not a file"),
    20: ("một phần của đường dẫn không phải là thư mục", "part of the path is not a folder"),
}


def os_reason(exc: OSError) -> str:
    """Why `exc` happened, in the user's language."""
    if exc.errno in _OS_REASONS:
        vi, en = _OS_REASONS[exc.errno]
        return en if language() == "en" else vi
    return exc.strerror or str(exc)

