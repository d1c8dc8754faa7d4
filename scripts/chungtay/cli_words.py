"""argparse's own words (usage, section titles, its error messages) in Vietnamese, so that office
staff read the command line in the language of every other message. argparse looks each word up
through the module-level `_` at the moment it prints, so a lookup put in its place translates
them; in English argparse keeps its own."""

from __future__ import annotations

import argparse

VIETNAMESE = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "giá trị %(value)r không hợp lệ; hãy chọn một trong: %(choices)s",
    "the following arguments are required: %s": "còn thiếu: %s",
    "unrecognized arguments: %s": "không hiểu: %s",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "chỉ nhận nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "invalid %(type)s value: %(value)r": "%(value)r không phải là số",  # the only typed option is a number
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn %(option)s chưa rõ, có thể là: %(matches)s",
    "not allowed with argument %s": "không dùng cùng với %s",
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
}


def speak(lang: str) -> None:
    """Make argparse print its words in `lang` ('vi' or 'en') from now on, in this process."""
    argparse._ = (lambda message: VIETNAMESE.get(message, message)) if lang == "vi" else _ENGLISH


_ENGLISH = argparse._
