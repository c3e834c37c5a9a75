"""Syllables of numbers as a Dutch reader says them: 3.500 is 'drie-dui-zend-vijf-hon-derd' (6)."""

from __future__ import annotations

import functools

# Syllables of the Dutch number words 0-19 and of the tens.
_UNITS = [1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 1, 1, 2, 2, 2, 2, 3, 2, 3]  # nul, een, ..., negentien
_TENS = {2: 2, 3: 2, 4: 2, 5: 2, 6: 2, 7: 3, 8: 2, 9: 3}  # twintig ... negentig
_HUNDRED = 2  # honderd
_THOUSAND = 2  # duizend
_BIG = [(10**9, 2), (10**6, 2)]  # miljard, miljoen


@functools.cache
def integer_syllables(n: int) -> int:
    if n < 20:
        return _UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        # 21 = een-en-twintig: the unit, 'en', the tens
        return _TENS[tens] + (_UNITS[unit] + 1 if unit else 0)
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return (_UNITS[hundreds] if hundreds > 1 else 0) + _HUNDRED + (integer_syllables(rest) if rest else 0)
    if n < 10**6:
        thousands, rest = divmod(n, 1000)
        return (integer_syllables(thousands) if thousands > 1 else 0) + _THOUSAND + (
            integer_syllables(rest) if rest else 0
        )
    for size, cost in _BIG:
        if n >= size:
            if n >= size * 1000:
                break
            count, rest = divmod(n, size)
            return integer_syllables(count) + cost + (integer_syllables(rest) if rest else 0)
    return len(str(n))  # a long number (an account or file number) is read digit by digit


def year_syllables(n: int) -> int:
    """A year from 1100 to 1999 is said in two pairs: 1861 = achttien-eenenzestig (6), 1900 =
    negentienhonderd (4). Later years are said as numbers: 2026 = tweeduizend zesentwintig."""
    century, rest = divmod(n, 100)
    return integer_syllables(century) + (integer_syllables(rest) if rest else _HUNDRED)


def number_syllables(token: str) -> int:
    """'3.500' -> 6, '12.30' (a time: twaalf dertig) -> 3, '03' -> 2 (nul drie), '1861' -> 6."""
    if len(token) == 4 and token.isdigit() and "1100" <= token <= "1999":
        return year_syllables(int(token))
    if "." in token and all(len(group) == 3 for group in token.split(".")[1:]):
        return integer_syllables(int(token.replace(".", "")))  # thousands separator
    total = 0
    for group in token.replace(",", ".").replace(":", ".").split("."):
        if not group:
            continue
        if len(group) > 1 and group.startswith("0"):
            total += sum(_UNITS[int(digit)] for digit in group)  # a phone number: digit by digit
        else:
            total += integer_syllables(int(group))
    return max(total, 1)
